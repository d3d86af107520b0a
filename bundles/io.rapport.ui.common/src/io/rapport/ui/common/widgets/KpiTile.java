package io.rapport.ui.common.widgets;


import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import java.util.List;

/**
 * One key figure: what it is, the project's value in large type, what it is based on, and under a rule the
 * published reference figures with their source.
 */
public final class KpiTile extends Composite {

    /** A published figure to compare with, in a sentence, and who published it when. */
    public record Reference(String figure, String source) {
    }

    private final Label value;
    private final Label basis;

    /** @param id the name of the value label ({@link WidgetNames#KEY}) */
    public KpiTile(Composite parent, String id, String title, String explanation, List<Reference> references) {
        super(parent, SWT.BORDER);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), this);
        FontDescriptor base = FontDescriptor.createFrom(JFaceResources.getDialogFont());
        Font bold = resources.create(base.setStyle(SWT.BOLD));
        Font big = resources.create(base.setStyle(SWT.BOLD).increaseHeight(10));
        Font small = resources.create(base.increaseHeight(-1));
        Font smallItalic = resources.create(base.increaseHeight(-1).setStyle(SWT.ITALIC));

        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        layout.verticalSpacing = 2;
        setLayout(layout);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        setBackgroundMode(SWT.INHERIT_FORCE);

        Label heading = label(SWT.NONE, bold);
        heading.setText(title);
        heading.setToolTipText(explanation);
        value = label(SWT.NONE, big);
        value.setText("\u2013");
        value.setData(WidgetNames.KEY, id);
        value.setToolTipText(explanation);
        basis = label(SWT.WRAP, small);
        new Label(this, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (Reference reference : references) {
            Label figure = label(SWT.WRAP, small);
            figure.setText(reference.figure());
            Label source = label(SWT.WRAP, smallItalic);
            source.setText("\u2014 " + reference.source());
            source.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        }
    }

    private Label label(int style, Font font) {
        Label label = new Label(this, style);
        label.setFont(font);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 150;
        label.setLayoutData(data);
        return label;
    }

    /** @param basisText what the value is computed from, e.g. "412 of 640 addressed" */
    public void show(String valueText, String basisText) {
        // labels take '&' for a mnemonic; these texts are data
        value.setText(valueText.replace("&", "&&"));
        basis.setText(basisText.replace("&", "&&"));
    }
}
