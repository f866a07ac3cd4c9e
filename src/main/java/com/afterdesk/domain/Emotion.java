package com.afterdesk.domain;

/** How upset the buyer is; UPSET and ANGRY put a soothing script first ("先处理情绪再解决问题"). */
public enum Emotion {
    CALM, UPSET, ANGRY;

    public boolean needsSoothing() {
        return this != CALM;
    }

    public String labelKey() {
        return "emotion." + name();
    }
}
