package com.afterdesk.chat;

import com.afterdesk.common.UserException;
import com.afterdesk.domain.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Imports a chat transcript file into a conversation, all or nothing: the file is parsed and checked first and
 * the messages are written in one transaction. Messages the conversation already holds (same author, time and
 * text) are skipped, so importing the same export twice adds nothing.
 */
public final class TranscriptImporter {

    /** What an import did (or, for a dry run, would do). */
    public record Result(long conversationId, int imported, int skipped) {
    }

    /** Where to put the messages: an existing case's conversation, and the platform when the file names none. */
    public record Target(Long caseId, Platform platform, boolean dryRun) {
    }

    private final ConversationRepository repository;
    private final Clock clock;

    public TranscriptImporter(ConversationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Reads and imports a file. */
    public Result importFile(Path file, Target target) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException(e, "chat.import.noFile", file);
        } catch (IOException e) {
            throw new UserException(e, "chat.import.unreadable", file, e.getMessage());
        }
        Transcript transcript = new TranscriptParser(clock.getZone()).parse(file.getFileName().toString(), bytes);
        return importTranscript(transcript, target);
    }

    /** Imports parsed messages in one transaction (nothing at all for a dry run). */
    public Result importTranscript(Transcript transcript, Target target) {
        Platform platform = transcript.platform().orElse(target.platform() == null ? Platform.OTHER
                : target.platform());
        return repository.database().transaction(c -> {
            Optional<Conversation> existing;
            if (target.caseId() != null) {
                existing = ConversationRepository.findByCaseInTransaction(c, target.caseId());
            } else {
                existing = transcript.buyerNick().isPresent()
                        ? ConversationRepository.findByBuyer(c, platform, transcript.buyerNick().get())
                        : Optional.empty();
            }
            List<Transcript.Entry> entries = transcript.entries();
            if (existing.isEmpty() && target.dryRun()) {
                return new Result(0, entries.size(), 0);
            }
            Conversation conversation = existing.isPresent() ? existing.get()
                    : ConversationRepository.create(c, platform, transcript.buyerNick().orElse(""), target.caseId(),
                            clock.instant());
            int imported = 0;
            int skipped = 0;
            for (Transcript.Entry e : entries) {
                if (ConversationRepository.exists(c, conversation.id(), e.role(), e.sentAt(), e.text())) {
                    skipped++;
                } else {
                    imported++;
                    if (!target.dryRun()) {
                        ConversationRepository.add(c, new ChatMessage(0, conversation.id(), e.role(), e.text(),
                                e.sentAt(), MessageSource.IMPORT, null, null, List.of()));
                    }
                }
            }
            return new Result(conversation.id(), imported, skipped);
        });
    }
}
