package com.afterdesk.cases.ui;

import com.afterdesk.cases.CaseLogRow;
import com.afterdesk.deadlines.Urgency;
import java.time.Instant;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A case-log cell that changes with time: the urgency badge or the countdown. It listens (weakly) to the shared
 * ticker's {@code now}; there is no timer per row, and a recycled cell simply shows its new row on the next tick.
 */
final class TickingCell extends TableCell<CaseLogRow, CaseLogRow> {

    enum Mode { BADGE, COUNTDOWN }

    private static final String[] CLASSES = new String[Urgency.values().length];

    static {
        for (Urgency u : Urgency.values()) {
            CLASSES[u.ordinal()] = CaseTexts.styleClass(u);
        }
    }

    private final Mode mode;
    private final CaseLogViewModel model;
    private final ObservableValue<Instant> now;
    private final Label badge = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final InvalidationListener onTick = o -> paint();
    private Urgency shown;
    private CaseLogRow tipRow;

    TickingCell(Mode mode, CaseLogViewModel model, ObservableValue<Instant> now) {
        this.mode = mode;
        this.model = model;
        this.now = now;
        now.addListener(new WeakInvalidationListener(onTick));
        getStyleClass().add(mode == Mode.BADGE ? "urgency-cell" : "countdown-cell");
        badge.getStyleClass().add("urgency-badge");
    }

    @Override
    protected void updateItem(CaseLogRow row, boolean empty) {
        super.updateItem(row, empty);
        paint();
    }

    private void paint() {
        CaseLogRow row = isEmpty() ? null : getItem();
        if (row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            tipRow = null;
            setUrgency(null);
            return;
        }
        Instant at = now.getValue();
        Urgency u = model.urgencyOf(row, at);
        setUrgency(u);
        if (mode == Mode.BADGE) {
            badge.setText(model.texts().urgency(u));
            setGraphic(badge);
            setText(null);
        } else {
            String text = model.countdownOf(row, at);
            if (!text.equals(getText())) {
                setText(text);
            }
            if (row != tipRow) { // the tooltip only changes with the row
                tipRow = row;
                if (row.head() == null) {
                    setTooltip(null);
                } else {
                    tooltip.setText(model.texts().dueTooltip(row.head()));
                    setTooltip(tooltip);
                }
            }
        }
    }

    private void setUrgency(Urgency u) {
        if (u == shown) {
            return;
        }
        if (shown != null) {
            getStyleClass().remove(CLASSES[shown.ordinal()]);
        }
        if (u != null) {
            getStyleClass().add(CLASSES[u.ordinal()]);
        }
        shown = u;
    }

    /** The urgency the cell shows now (tests). */
    Urgency shownUrgency() {
        return shown;
    }
}
