package com.afterdesk.cases.ui;

import com.afterdesk.cases.CaseDetail;
import com.afterdesk.cases.CaseService;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.cases.Money;
import com.afterdesk.cases.NewCase;
import com.afterdesk.common.TaskRunner;
import com.afterdesk.common.UserException;
import com.afterdesk.common.ui.Dialogs;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The quick case form. Every field is checked in place (order number, amounts, opened time); nothing is saved
 * until all are valid, and what the user typed stays in the form when the save is refused.
 */
public final class NewCaseViewModel {

    private final CaseService cases;
    private final TaskRunner runner;
    private final CaseTexts texts;

    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(Platform.TAOBAO);
    private final StringProperty order = new SimpleStringProperty("");
    private final StringProperty buyer = new SimpleStringProperty("");
    private final StringProperty product = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty postage = new SimpleStringProperty("");
    private final ObjectProperty<RequestType> type = new SimpleObjectProperty<>(RequestType.REFUND_ONLY);
    private final BooleanProperty shipped = new SimpleBooleanProperty(false);
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(Category.OTHER);
    private final StringProperty opened = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper orderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper postageError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper openedError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    public NewCaseViewModel(CaseService cases, TaskRunner runner, CaseTexts texts) {
        this.cases = cases;
        this.runner = runner;
        this.texts = texts;
        reset();
        order.addListener((o, a, b) -> orderError.set(""));
        amount.addListener((o, a, b) -> amountError.set(""));
        postage.addListener((o, a, b) -> postageError.set(""));
        opened.addListener((o, a, b) -> openedError.set(""));
    }

    /** An empty form; opened = now. */
    public void reset() {
        order.set("");
        buyer.set("");
        product.set("");
        amount.set("");
        postage.set("");
        notes.set("");
        shipped.set(false);
        category.set(Category.OTHER);
        type.set(RequestType.REFUND_ONLY);
        opened.set(texts.time(cases.clock().instant()));
        orderError.set("");
        amountError.set("");
        postageError.set("");
        openedError.set("");
        formError.set("");
    }

    /** Checks every field and shows each problem beside it; returns the case to create when all are valid. */
    public NewCase validate() {
        boolean ok = true;
        String orderNo = order.get() == null ? "" : order.get().strip();
        if (orderNo.isEmpty()) {
            orderError.set(texts.messages().tr("cases.order.blank"));
            ok = false;
        } else if (orderNo.length() > CaseService.MAX_ORDER_NO) {
            orderError.set(texts.messages().tr("cases.order.tooLong", CaseService.MAX_ORDER_NO));
            ok = false;
        }
        long amountFen = 0;
        long postageFen = 0;
        try {
            amountFen = Money.parseYuan(amount.get());
        } catch (UserException e) {
            amountError.set(texts.messages().describe(e));
            ok = false;
        }
        try {
            postageFen = Money.parseYuan(postage.get());
        } catch (UserException e) {
            postageError.set("cases.amount.negative".equals(e.key()) ? texts.messages().tr("cases.postage.negative")
                    : texts.messages().describe(e));
            ok = false;
        }
        Instant openedAt = null;
        try {
            openedAt = texts.parseTime(opened.get());
            if (openedAt != null && openedAt.isAfter(cases.clock().instant().plusSeconds(300))) {
                openedError.set(texts.messages().tr("cases.opened.future"));
                ok = false;
            }
        } catch (UserException e) {
            openedError.set(texts.messages().describe(e));
            ok = false;
        }
        if (platform.get() == null || type.get() == null) {
            formError.set(texts.messages().tr("cases.create.incomplete"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        formError.set("");
        return NewCase.of(platform.get(), type.get(), orderNo).withBuyer(buyer.get())
                .withProduct(product.get() == null ? "" : product.get().strip(), "")
                .withMoney(amountFen, postageFen).withShipped(shipped.get())
                .withCategory(category.get() == null ? Category.OTHER : category.get(), Set.of())
                .withOpenedAt(openedAt).withNotes(notes.get());
    }

    /**
     * Saves when valid; {@code onCreated} gets the new case. A refusal by the service is shown in the form and
     * nothing is saved.
     */
    public void save(Consumer<CaseDetail> onCreated) {
        NewCase n = validate();
        if (n == null || saving.get()) {
            return;
        }
        saving.set(true);
        runner.run(texts.messages().tr("cases.ui.status.saving"), p -> cases.create(n, HistoryEntry.AGENT), d -> {
            saving.set(false);
            reset();
            onCreated.accept(d);
        }, e -> {
            saving.set(false);
            formError.set(Dialogs.describe(texts.messages(), e));
        });
    }

    public boolean hasErrors() {
        return !(orderError.get().isEmpty() && amountError.get().isEmpty() && postageError.get().isEmpty()
                && openedError.get().isEmpty() && formError.get().isEmpty());
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public StringProperty orderProperty() {
        return order;
    }

    public StringProperty buyerProperty() {
        return buyer;
    }

    public StringProperty productProperty() {
        return product;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty postageProperty() {
        return postage;
    }

    public ObjectProperty<RequestType> typeProperty() {
        return type;
    }

    public BooleanProperty shippedProperty() {
        return shipped;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty openedProperty() {
        return opened;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty orderErrorProperty() {
        return orderError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty postageErrorProperty() {
        return postageError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openedErrorProperty() {
        return openedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
