package com.afterdesk.scripts.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The models the build trains and the jar ships: written and read back exactly, and a bad file is never used. */
class ModelFileTest {

    static Classifier.Models small;
    static byte[] file;

    @BeforeAll
    static void trainASmallModel() throws IOException {
        List<TrainingCorpus.Example> corpus = TrainingCorpus.load();
        small = Classifier.train(corpus.stream().filter(e -> e.template() % 10 == 0).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(small, "abc", out);
        file = out.toByteArray();
    }

    @Test
    void modelsComeBackBitForBitAndReadMessagesTheSame() {
        Classifier.Models back = ModelFile.read(new ByteArrayInputStream(file), "abc").orElseThrow();
        assertThat(back.categories().fingerprint()).isEqualTo(small.categories().fingerprint());
        assertThat(back.emotion().fingerprint()).isEqualTo(small.emotion().fingerprint());
        assertThat(back.categories().vocabularySize()).isEqualTo(small.categories().vocabularySize());
        for (String m : List.of("快递三天没动了，麻烦催一下", "打开就是碎的，不赔就差评！！", "請問發票怎麼開")) {
            assertThat(new Classifier(back).classify(m)).isEqualTo(new Classifier(small).classify(m));
        }
    }

    @Test
    void aFileOfOtherTrainingInputsIsIgnored() {
        assertThat(ModelFile.read(new ByteArrayInputStream(file), "abd")).isEmpty();
    }

    @Test
    void aDamagedFileIsIgnoredWithoutAnError() {
        assertThat(ModelFile.read(new ByteArrayInputStream(Arrays.copyOf(file, file.length / 2)), "abc")).isEmpty();
        assertThat(ModelFile.read(new ByteArrayInputStream(Arrays.copyOf(file, file.length + 1)), "abc")).isEmpty();
        assertThat(ModelFile.read(new ByteArrayInputStream(new byte[0]), "abc")).isEmpty();
        assertThat(ModelFile.read(new ByteArrayInputStream("这不是模型文件".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "abc")).isEmpty();
        byte[] flipped = file.clone();
        flipped[40] ^= 0x7f; // inside the header or the model sizes
        assertThat(ModelFile.read(new ByteArrayInputStream(flipped), "abc")).isEmpty();
    }

    @Test
    void theFingerprintIsAStableSha256() {
        String f = ModelFile.fingerprint();
        assertThat(f).hasSize(64).isEqualTo(ModelFile.fingerprint());
    }
}
