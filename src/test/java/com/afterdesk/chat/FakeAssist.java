package com.afterdesk.chat;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.Placeholders;
import com.afterdesk.scripts.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A test double of the other features: fixed suggestions, a placeholder rule and a "最" warning, recorded calls. */
public final class FakeAssist implements ChatAssist {

    public static final Script SORRY = new Script("damaged-soothe-1", Category.DAMAGED, Stage.SOOTHE,
            Script.Variant.WARM, Set.of(), Set.of(), "/bq", List.of(), "破损致歉", "亲，{买家}您好，非常抱歉商品破损了。");
    public static final Script PHOTO = new Script("damaged-ask-1", Category.DAMAGED, Stage.ASK, Script.Variant.WARM,
            Set.of(), Set.of(), "/pz", List.of(), "请拍照", "麻烦拍一下{破损部位}的照片发给我。");
    public static final Script RESEND = new Script("damaged-resolve-1", Category.DAMAGED, Stage.RESOLVE,
            Script.Variant.WARM, Set.of(), Set.of(), "/bf", List.of(), "补发", "我马上给您补发一个新的。");

    public final List<String> advised = new ArrayList<>();
    public final List<StageContext> contexts = new ArrayList<>();
    public final List<Object[]> sent = new ArrayList<>();
    public final List<Category> opened = new ArrayList<>();
    public boolean cases = true;
    /** The emotions the agent corrected, by buyer message; advice reads them back. */
    public final Map<String, Emotion> corrected = new java.util.HashMap<>();
    /** Opens the case (tests hand in the real case service, so the conversation can refer to it). */
    public java.util.function.ToLongFunction<String> caseOpener = orderNo -> {
        throw new IllegalStateException("no case service in this test");
    };

    /** Further matters the fake reads in every buyer message. */
    public List<Category> alsoAbout = List.of();
    /** The further matters of the cases opened, in order. */
    public final List<java.util.Set<Category>> openedAlso = new java.util.ArrayList<>();

    @Override
    public Advice advise(String buyerText, Platform platform, StageContext stage, int topN) {
        advised.add(buyerText);
        contexts.add(stage);
        return new Advice(List.of(new CategoryScore(Category.DAMAGED, 0.8), new CategoryScore(Category.QUALITY_DEFECT,
                0.3)), corrected.getOrDefault(buyerText, Emotion.UPSET), List.of(new Suggested(SORRY, 0.9, "破损+不满：先致歉"),
                new Suggested(PHOTO, 0.7, "破损：收集凭证"), new Suggested(RESEND, 0.5, "破损：补发")), alsoAbout);
    }

    @Override
    public Optional<Script> scriptByCode(String code) {
        return List.of(SORRY, PHOTO, RESEND).stream().filter(s -> code.equals(s.code())).findFirst();
    }

    @Override
    public Optional<Script> script(String id) {
        return List.of(SORRY, PHOTO, RESEND).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public Map<String, String> placeholderValues(Conversation conversation) {
        return Map.of("店铺", "小雨杂货铺");
    }

    @Override
    public List<Issue> check(String reply, Conversation conversation, String buyerText,
                             com.afterdesk.common.Messages messages) {
        List<Issue> out = new ArrayList<>();
        for (Placeholders.Span s : Placeholders.find(reply)) {
            out.add(new Issue("placeholder", Severity.BLOCK, s.start(), s.end(), "未填写 " + s.name(), null));
        }
        int i = reply.indexOf("最好");
        if (i >= 0) {
            out.add(new Issue("absolute", Severity.WARN, i, i + 2, "绝对化用语", "很好"));
        }
        return out;
    }

    @Override
    public void correctEmotion(String buyerText, Emotion emotion) {
        corrected.put(buyerText, emotion);
    }

    @Override
    public void recordSent(String buyerText, List<String> scriptIds, boolean edited, double editRatio) {
        sent.add(new Object[] {buyerText, scriptIds, edited, editRatio});
    }

    public final List<OpenCase> openCases = new ArrayList<>();

    @Override
    public List<OpenCase> openCases(int limit) {
        return openCases;
    }

    @Override
    public boolean canOpenCases() {
        return cases;
    }

    @Override
    public long openCase(Conversation conversation, Category category, java.util.Set<Category> also, String orderNo,
                         String buyerText) {
        opened.add(category);
        openedAlso.add(also);
        return caseOpener.applyAsLong(orderNo);
    }
}
