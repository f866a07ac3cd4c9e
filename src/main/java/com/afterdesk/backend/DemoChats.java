package com.afterdesk.backend;

import com.afterdesk.chat.ChatMessage;
import com.afterdesk.chat.ConversationRepository;
import com.afterdesk.chat.MessageSource;
import com.afterdesk.chat.Role;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Database;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Writes the sample shop's conversations through the chat feature's repository. */
final class DemoChats implements DemoShop.ChatSink {

    private final ConversationRepository conversations;
    private final Database db;

    DemoChats(ConversationRepository conversations, Database db) {
        this.conversations = conversations;
        this.db = db;
    }

    @Override
    public void conversation(long caseId, Platform platform, String buyer, List<DemoShop.Message> messages) {
        List<ChatMessage> list = new ArrayList<>();
        for (DemoShop.Message m : messages) {
            list.add(new ChatMessage(0, 0, m.buyer() ? Role.BUYER : Role.AGENT, m.text(), m.at(),
                    m.buyer() ? MessageSource.PASTE : MessageSource.COMPOSER, null, null, List.of()));
        }
        conversations.createDemo(platform, buyer, caseId, list);
    }

    @Override
    public void deleteDemo() throws SQLException {
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM conversation WHERE demo = 1");
            }
        });
    }

    @Override
    public long count() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM conversation WHERE demo = 1")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
