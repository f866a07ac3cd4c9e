package com.afterdesk.scripts.suggest;

/** Developer tool: prints the expanded corpus (label, emotion, text) for inspection. */
public final class CorpusDump {
    private CorpusDump() {
    }

    public static void main(String[] args) {
        for (TrainingCorpus.Example e : TrainingCorpus.load()) {
            System.out.println(e.primary() + "\t" + e.emotion() + "\t" + e.template() + "\t" + e.text());
        }
    }
}
