package io.rapport.app.internal.dialogs;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.StaffMember;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;

import java.util.List;

/** The three lists of the project settings as {@link EntryListEditor}s, each validated against the others. */
final class SettingsEditors {
    private EntryListEditor<AccountRef> accounts;
    private EntryListEditor<StaffMember> staff;
    private EntryListEditor<OwnedSpace> spaces;

    EntryListEditor<AccountRef> accounts(Composite parent, List<AccountRef> initial, Runnable onChange) {
        accounts = new EntryListEditor<>(parent, initial,
                List.of(new EntryListEditor.Column<>("Channel", 130, AccountRef::channel),
                        new EntryListEditor.Column<>("Handle", 260, a -> "@" + a.handle())),
                (shell, existing, others) -> {
                    ChannelEntryDialog d = new ChannelEntryDialog(shell, new ChannelEntryDialog.Kind(
                            existing == null ? "Add Our Account" : "Edit Our Account",
                            "A brand account of the organisation: what it writes is outbound, replies to it are "
                                    + "addressed to us.",
                            "&Handle:", false,
                            e -> SettingsValidation.account(e.channelText(), e.nameText(), others, list(staff))),
                            existing == null ? null : new String[] { existing.channel(), existing.handle() });
                    return d.open() == Window.OK ? new AccountRef(d.result()[0], d.result()[1]) : null;
                }, onChange);
        return accounts;
    }

    EntryListEditor<StaffMember> staff(Composite parent, List<StaffMember> initial, Runnable onChange) {
        staff = new EntryListEditor<>(parent, initial,
                List.of(new EntryListEditor.Column<>("Channel", 110, StaffMember::channel),
                        new EntryListEditor.Column<>("Handle", 180, s -> "@" + s.handle()),
                        new EntryListEditor.Column<>("Department", 150, StaffMember::department)),
                (shell, existing, others) -> {
                    ChannelEntryDialog d = new ChannelEntryDialog(shell, new ChannelEntryDialog.Kind(
                            existing == null ? "Add Staff Member" : "Edit Staff Member",
                            "An employee who answers customers from a personal account; metrics group responses "
                                    + "by department.",
                            "&Handle:", true, e -> SettingsValidation.staff(e.channelText(), e.nameText(),
                                    e.departmentText(), list(accounts), others)),
                            existing == null ? null
                                    : new String[] { existing.channel(), existing.handle(), existing.department() });
                    return d.open() == Window.OK ? new StaffMember(d.result()[0], d.result()[1], d.result()[2])
                            : null;
                }, onChange);
        return staff;
    }

    EntryListEditor<OwnedSpace> spaces(Composite parent, List<OwnedSpace> initial, Runnable onChange) {
        spaces = new EntryListEditor<>(parent, initial,
                List.of(new EntryListEditor.Column<>("Channel", 130, OwnedSpace::channel),
                        new EntryListEditor.Column<>("Space", 260, OwnedSpace::name)),
                (shell, existing, others) -> {
                    ChannelEntryDialog d = new ChannelEntryDialog(shell, new ChannelEntryDialog.Kind(
                            existing == null ? "Add Space" : "Edit Space",
                            "A space the organisation runs (a subreddit, page or forum): a new thread in it is "
                                    + "addressed to us.",
                            "&Name:", false, e -> SettingsValidation.space(e.channelText(), e.nameText(), others)),
                            existing == null ? null : new String[] { existing.channel(), existing.name() });
                    return d.open() == Window.OK ? new OwnedSpace(d.result()[0], d.result()[1]) : null;
                }, onChange);
        return spaces;
    }

    private static <T> List<T> list(EntryListEditor<T> editor) {
        return editor == null ? List.of() : editor.entries();
    }

}
