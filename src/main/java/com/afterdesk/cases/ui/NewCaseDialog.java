package com.afterdesk.cases.ui;

import com.afterdesk.common.ui.Labels;
import com.afterdesk.cases.CaseDetail;
import com.afterdesk.common.Messages;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.domain.Category;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 新建售后单: one form, usable with the keyboard alone (Tab between fields, arrows in the lists, Enter saves).
 * Problems appear under the field; the dialog stays open with everything typed until the case is saved.
 */
final class NewCaseDialog {

    private NewCaseDialog() {
    }

    static void show(Window owner, NewCaseViewModel model, Messages messages, Consumer<CaseDetail> onCreated) {
        model.reset();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.tr("cases.ui.new.title"));
        dialog.setHeaderText(messages.tr("cases.ui.new.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType saveType = new ButtonType(messages.tr("cases.ui.new.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().setId("newCaseDialog");
        dialog.getDialogPane().getStylesheets().add(CasesScreen.stylesheet());

        ComboBox<com.afterdesk.domain.Platform> platform = combo("newCasePlatform",
                com.afterdesk.domain.Platform.values(), p -> messages.tr(p.labelKey()));
        platform.valueProperty().bindBidirectional(model.platformProperty());
        TextField order = field("newCaseOrder", model.orderProperty());
        TextField buyer = field("newCaseBuyer", model.buyerProperty());
        TextField product = field("newCaseProduct", model.productProperty());
        TextField amount = field("newCaseAmount", model.amountProperty());
        amount.setPromptText("59.90");
        TextField postage = field("newCasePostage", model.postageProperty());
        postage.setPromptText("0.00");
        ComboBox<RequestType> type = combo("newCaseType", RequestType.values(), t -> messages.tr(t.labelKey()));
        type.valueProperty().bindBidirectional(model.typeProperty());
        CheckBox shipped = new CheckBox(messages.tr("cases.ui.field.shipped"));
        shipped.setId("newCaseShipped");
        shipped.selectedProperty().bindBidirectional(model.shippedProperty());
        ComboBox<Category> category = combo("newCaseCategory", Category.values(), c -> messages.tr(c.labelKey()));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        TextField opened = field("newCaseOpened", model.openedProperty());
        opened.setPromptText(messages.tr("cases.ui.time.prompt"));
        TextArea notes = new TextArea();
        notes.setId("newCaseNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int r = 0;
        r = row(grid, r, messages.tr("cases.field.platform"), platform, null);
        r = row(grid, r, messages.tr("cases.field.order"), order, model.orderErrorProperty());
        r = row(grid, r, messages.tr("cases.field.buyer"), buyer, null);
        r = row(grid, r, messages.tr("cases.field.product"), product, null);
        r = row(grid, r, messages.tr("cases.field.amount"), amount, model.amountErrorProperty());
        r = row(grid, r, messages.tr("cases.field.postage"), postage, model.postageErrorProperty());
        r = row(grid, r, messages.tr("cases.field.type"), type, null);
        r = row(grid, r, "", shipped, null);
        r = row(grid, r, messages.tr("cases.field.category"), category, null);
        r = row(grid, r, messages.tr("cases.field.opened"), opened, model.openedErrorProperty());
        row(grid, r, messages.tr("cases.field.notes"), notes, null);
        Label formError = errorLabel("newCaseError", model.formErrorProperty());
        dialog.getDialogPane().setContent(new VBox(8, grid, formError));

        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("newCaseSave");
        save.disableProperty().bind(model.savingProperty());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the case is saved
            model.save(d -> {
                dialog.setResult(saveType);
                dialog.close();
                onCreated.accept(d);
            });
            if (model.hasErrors()) {
                focusFirstError(model, order, amount, postage, opened);
            }
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("newCaseCancel");
        dialog.setOnShown(e -> Platform.runLater(order::requestFocus));
        dialog.show();
    }

    private static void focusFirstError(NewCaseViewModel m, TextField order, TextField amount, TextField postage,
                                        TextField opened) {
        if (!m.orderErrorProperty().get().isEmpty()) {
            order.requestFocus();
        } else if (!m.amountErrorProperty().get().isEmpty()) {
            amount.requestFocus();
        } else if (!m.postageErrorProperty().get().isEmpty()) {
            postage.requestFocus();
        } else if (!m.openedErrorProperty().get().isEmpty()) {
            opened.requestFocus();
        }
    }

    private static int row(GridPane grid, int r, String label, Node control, ReadOnlyStringProperty error) {
        Label l = new Label(label);
        l.setLabelFor(control);
        grid.add(l, 0, r);
        grid.add(control, 1, r);
        if (error != null) {
            grid.add(errorLabel(control.getId() + "Error", error), 1, r + 1);
            return r + 2;
        }
        return r + 1;
    }

    static Label errorLabel(String id, ReadOnlyStringProperty error) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(24);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(Labels.converter(label));
        return box;
    }

}
