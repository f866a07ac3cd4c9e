package com.afterdesk.chat;

import com.afterdesk.common.UserException;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * The chat's operations, every one timestamped with the injected clock so the service metrics can be computed:
 * starting conversations, adding buyer messages, logging sent replies, undoing a clipboard pick-up.
 */
public final class ChatService {

    /** Setting: seconds a buyer message may wait before it is highlighted (the IM's own slow-reply alert). */
    public static final String WAITING_THRESHOLD = "chat.waitingThresholdSeconds";
    public static final Duration DEFAULT_WAITING_THRESHOLD = Duration.ofSeconds(100);
    /** Settings: the shop's and the agent's names for the {店铺} and {客服} placeholders. */
    public static final String SHOP_NAME = "chat.shopName";
    public static final String AGENT_NAME = "chat.agentName";
    /** Longer than any real chat message: most likely a whole document copied by mistake. */
    public static final int MAX_MESSAGE = 5_000;

    private final ConversationRepository repository;
    private final SettingsStore settings;
    private final Clock clock;
    private final Path attachments;

    /** Image types accepted as evidence. */
    static final Set<String> IMAGE_TYPES = Set.of("jpg", "jpeg", "png", "gif", "webp", "bmp", "heic");
    /** Larger than any phone photo: most likely the wrong file. */
    static final long MAX_IMAGE_BYTES = 30L * 1024 * 1024;
    /** What an IM shows for a message that is only a picture. */
    public static final String IMAGE_ONLY_TEXT = "[图片]";

    /**
     * @param attachments the data folder's attachments directory; evidence images are copied under
     *                    {@code chat/<conversation id>/}
     */
    public ChatService(ConversationRepository repository, SettingsStore settings, Clock clock, Path attachments) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.attachments = attachments;
    }

    /** Where evidence file names are relative to. */
    public Path attachments() {
        return attachments;
    }

    public Clock clock() {
        return clock;
    }

    public ConversationRepository repository() {
        return repository;
    }

    public Conversation startConversation(Platform platform, String buyerNick, Long caseId) {
        return repository.create(platform, buyerNick == null ? "" : buyerNick.strip(), caseId, clock.instant());
    }

    public Optional<Conversation> conversation(long id) {
        return repository.find(id);
    }

    public List<ConversationSummary> conversations() {
        return repository.summaries();
    }

    public List<ChatMessage> messages(long conversationId) {
        return repository.messages(conversationId);
    }

    public long count() {
        return repository.count();
    }

    /** Adds what the buyer wrote, stamped now. Blank or absurdly long text is refused. */
    public ChatMessage addBuyerMessage(long conversationId, String text, MessageSource source) {
        return addBuyerMessage(conversationId, text, source, List.of());
    }

    /**
     * Adds what the buyer wrote with the pictures they sent (copied into the data folder as evidence). A message
     * may be pictures only. If storing fails, the copies are removed again.
     */
    public ChatMessage addBuyerMessage(long conversationId, String text, MessageSource source, List<Path> images) {
        String clean = images.isEmpty() || (text != null && !text.isBlank()) ? check(text) : IMAGE_ONLY_TEXT;
        checkImages(images);
        Instant now = clock.instant();
        List<String> stored = copyEvidence(conversationId, images, now);
        try {
            return repository.add(new ChatMessage(0, conversationId, Role.BUYER, clean, now, source, null, null,
                    stored));
        } catch (RuntimeException e) {
            removeCopies(stored, e);
            throw e;
        }
    }

    /**
     * Starts a conversation with its first buyer message, both or neither: bad text or a bad picture leaves no
     * empty conversation behind.
     */
    public ChatMessage startWithBuyerMessage(Platform platform, String buyerNick, String text, MessageSource source,
                                             List<Path> images) {
        String clean = images.isEmpty() || (text != null && !text.isBlank()) ? check(text) : IMAGE_ONLY_TEXT;
        checkImages(images);
        Instant now = clock.instant();
        List<String> stored = new java.util.ArrayList<>();
        try {
            return repository.database().transaction(c -> {
                Conversation conv = ConversationRepository.create(c, platform,
                        buyerNick == null ? "" : buyerNick.strip(), null, now);
                stored.addAll(copyEvidence(conv.id(), images, now));
                return ConversationRepository.add(c, new ChatMessage(0, conv.id(), Role.BUYER, clean, now, source,
                        null, null, stored));
            });
        } catch (RuntimeException e) {
            removeCopies(stored, e);
            throw e;
        }
    }

    private void removeCopies(List<String> stored, RuntimeException e) {
        for (String name : stored) {
            try {
                Files.deleteIfExists(attachments.resolve(name));
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
        }
    }

    private static void checkImages(List<Path> images) {
        for (Path image : images) {
            String name = image.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!IMAGE_TYPES.contains(ext)) {
                throw new UserException("chat.evidence.notImage", name);
            }
            try {
                if (Files.size(image) > MAX_IMAGE_BYTES) {
                    throw new UserException("chat.evidence.tooBig", name, MAX_IMAGE_BYTES / (1024 * 1024));
                }
            } catch (IOException e) {
                throw new UserException(e, "chat.evidence.unreadable", image, e.getMessage());
            }
        }
    }

    private List<String> copyEvidence(long conversationId, List<Path> images, Instant now) {
        List<String> stored = new java.util.ArrayList<>();
        try {
            Path dir = attachments.resolve("chat").resolve(String.valueOf(conversationId));
            Files.createDirectories(dir);
            for (Path image : images) {
                String safe = image.getFileName().toString().replaceAll("[\\/:*?\"<>|\\s]", "_");
                String name = "chat/" + conversationId + "/" + now.toEpochMilli() + "-" + (stored.size() + 1) + "-" + safe;
                Files.copy(image, attachments.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                stored.add(name);
            }
            return stored;
        } catch (IOException e) {
            for (String name : stored) {
                try {
                    Files.deleteIfExists(attachments.resolve(name));
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UserException(e, "chat.evidence.copyFailed", attachments, e.getMessage());
        }
    }

    /**
     * Logs a reply the agent sent, with the scripts it was built from and how much they were edited.
     *
     * @param scriptIds the inserted scripts, first first (the first is stored with the message)
     */
    public ChatMessage logReply(long conversationId, String text, List<String> scriptIds, Double editRatio) {
        String clean = check(text);
        String scriptId = scriptIds.isEmpty() ? null : scriptIds.get(0);
        return repository.add(new ChatMessage(0, conversationId, Role.AGENT, clean, clock.instant(),
                MessageSource.COMPOSER, scriptId, scriptId == null ? null : editRatio, List.of()));
    }

    /** Removes a message again (the clipboard watch's one-click undo). */
    public boolean undo(long messageId) {
        return repository.delete(messageId);
    }

    public void attachCase(long conversationId, long caseId) {
        repository.attachCase(conversationId, caseId, clock.instant());
    }

    public Duration waitingThreshold() {
        try {
            long seconds = Long.parseLong(settings.get(WAITING_THRESHOLD,
                    String.valueOf(DEFAULT_WAITING_THRESHOLD.toSeconds())));
            return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_WAITING_THRESHOLD;
        } catch (NumberFormatException e) {
            return DEFAULT_WAITING_THRESHOLD;
        }
    }

    public void setWaitingThreshold(Duration threshold) {
        if (threshold.isNegative() || threshold.isZero() || threshold.toHours() >= 24) {
            throw new UserException("chat.settings.badThreshold", threshold.toSeconds());
        }
        settings.put(WAITING_THRESHOLD, String.valueOf(threshold.toSeconds()));
    }

    /** Default placeholder values from the settings: {店铺} and {客服} (a case's own shop wins). */
    public Map<String, String> defaultPlaceholderValues() {
        Map<String, String> values = new java.util.HashMap<>();
        String shop = settings.get(SHOP_NAME, "").strip();
        String agent = settings.get(AGENT_NAME, "").strip();
        if (!shop.isEmpty()) {
            values.put("店铺", shop);
        }
        if (!agent.isEmpty()) {
            values.put("客服", agent);
        }
        return values;
    }

    /** Saves the shop's and the agent's names (blank = leave the placeholder for the agent to fill). */
    public void setNames(String shop, String agent) {
        String s = shop == null ? "" : shop.strip();
        String a = agent == null ? "" : agent.strip();
        if (s.length() > 40 || a.length() > 40) {
            throw new UserException("chat.settings.nameTooLong", 40);
        }
        settings.putAll(Map.of(SHOP_NAME, s, AGENT_NAME, a));
    }

    /** The service figures over {@code [from, to)}, with times of day in the clock's zone. */
    public ServiceTimes.Report serviceReport(Instant from, Instant to) {
        Map<Long, List<ChatMessage>> active = repository.conversationsActiveBetween(from, to);
        List<ServiceTimes.BuyerChat> chats = new ArrayList<>();
        for (var e : active.entrySet()) {
            String buyer = repository.find(e.getKey()).map(c -> c.platform().id() + "/" + (c.buyerNick().isBlank()
                    ? "#" + c.id() : c.buyerNick())).orElse("#" + e.getKey());
            chats.add(new ServiceTimes.BuyerChat(buyer, e.getValue()));
        }
        return ServiceTimes.compute(chats, from, to, clock.getZone());
    }

    private static String check(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new UserException("chat.message.empty");
        }
        if (clean.length() > MAX_MESSAGE) {
            throw new UserException("chat.message.tooLong", clean.length(), MAX_MESSAGE);
        }
        return clean;
    }
}
