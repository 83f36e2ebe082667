import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useCreateContact, useDeleteContact, useUpdateContact, type Contact } from './api';
import { ContactForm } from './ContactForm';
import { contactToValues, emptyContactValues, toContactInput, toContactPatch, type ContactFormValues } from './form-model';

export function NewContactModal({
  account,
  opened,
  onClose,
  onCreated,
  prefill,
}: {
  account: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  onCreated?: (contact: Contact) => void;
  /** Values to start from, e.g. the new executive an event names. */
  prefill?: Partial<Pick<ContactFormValues, 'name' | 'title'>>;
}) {
  const create = useCreateContact(account.id);
  return (
    <Modal opened={opened} onClose={onClose} title={`New contact at ${account.name}`} size="xl">
      {opened && (
        <ContactForm
          mode="create"
          accountId={account.id}
          initialValues={emptyContactValues(prefill)}
          submitLabel="Add contact"
          onCancel={onClose}
          onSubmit={async (values) => {
            const created = await create.mutateAsync(toContactInput(values));
            notifications.show({ color: 'green', title: 'Contact added', message: `${created.name} · ${account.name}` });
            onClose();
            onCreated?.(created);
          }}
        />
      )}
    </Modal>
  );
}

export function EditContactModal({
  contact: c,
  opened,
  onClose,
  onReload,
}: {
  contact: Contact;
  opened: boolean;
  onClose: () => void;
  onReload: () => unknown;
}) {
  const update = useUpdateContact();
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${c.name}`} size="xl">
      {opened && (
        <ContactForm
          // A new version (after a save or a reload) starts the form from the server's values.
          key={c.version}
          mode="edit"
          accountId={c.accountId}
          contactId={c.id}
          initialValues={contactToValues(c)}
          ownerName={c.relationshipOwnerName}
          submitLabel="Save changes"
          onCancel={onClose}
          onReload={() => void onReload()}
          onSubmit={async (values, initial) => {
            const patch = toContactPatch(initial, values);
            if (Object.keys(patch).length === 0) {
              onClose();
              return;
            }
            await update.mutateAsync({ id: c.id, version: c.version, patch });
            notifications.show({ color: 'green', title: 'Changes saved', message: c.name });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

export function DeleteContactModal({
  contact: c,
  opened,
  onClose,
  onDeleted,
}: {
  contact: Pick<Contact, 'id' | 'accountId' | 'name' | 'accountName'>;
  opened: boolean;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const remove = useDeleteContact();
  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      title={`Delete ${c.name}?`}
      confirmLabel="Delete contact"
      failedTitle="Not deleted"
      error={remove.isError ? remove.error : null}
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(c, {
          onSuccess: () => {
            notifications.show({ color: 'gray', title: 'Contact deleted', message: `${c.name} · ${c.accountName}` });
            onClose();
            onDeleted?.();
          },
        })
      }
    >
      {c.name} is removed from {c.accountName}, and from the account’s coverage and stakeholder map. If they have only left the company, edit them and set the
      day they left instead: their history stays.
    </ConfirmModal>
  );
}
