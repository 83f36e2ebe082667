import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useCreateOpportunity, useUpdateOpportunity } from './api';
import { emptyOpportunityValues, opportunityToValues, toOpportunityInput, toOpportunityPatch } from './form-model';
import type { CompellingEventType, Opportunity, OpportunityType } from './model';
import { OpportunityForm } from './OpportunityForm';

interface NewProps {
  opened: boolean;
  onClose: () => void;
  /** Prefill (and lock) the account, e.g. from an account page. */
  account?: { id: string; name: string } | undefined;
  type?: OpportunityType;
  /** Open the created opportunity's page (default), or stay where we are. */
  navigateToCreated?: boolean;
  /** Create it from this event of the account: the opportunity references it, the event links back. */
  fromEvent?: { id: string; type: CompellingEventType; occurredOn: string; description?: string | null } | undefined;
  /** Told of the created opportunity (before navigating to it), e.g. to refresh the event it was created from. */
  onCreated?: ((created: Opportunity) => void) | undefined;
}

export function NewOpportunityModal({ opened, onClose, account, type, navigateToCreated = true, fromEvent, onCreated }: NewProps) {
  const create = useCreateOpportunity();
  const navigate = useNavigate();
  return (
    <Modal opened={opened} onClose={onClose} title={account ? `New opportunity with ${account.name}` : 'New opportunity'} size="xl">
      {opened && (
        <OpportunityForm
          mode="create"
          initialValues={emptyOpportunityValues({
            accountId: account?.id ?? null,
            ...(type ? { type } : {}),
            ...(fromEvent
              ? {
                  compellingEventId: fromEvent.id,
                  compellingEvent: { type: fromEvent.type, occurredOn: fromEvent.occurredOn, description: fromEvent.description ?? '' },
                }
              : {}),
          })}
          accountName={account?.name ?? null}
          lockAccount={!!account}
          submitLabel="Create opportunity"
          onCancel={onClose}
          onSubmit={async (values) => {
            const created = await create.mutateAsync(toOpportunityInput(values));
            notifications.show({ color: 'green', title: 'Opportunity created', message: `${created.title} · ${created.accountName}` });
            onClose();
            onCreated?.(created);
            if (navigateToCreated) navigate(`/opportunities/${created.id}`);
          }}
        />
      )}
    </Modal>
  );
}

interface EditProps {
  opportunity: Opportunity;
  opened: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

export function EditOpportunityModal({ opportunity: o, opened, onClose, onReload }: EditProps) {
  const update = useUpdateOpportunity();
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${o.title}`} size="xl">
      <OpportunityForm
        key={o.version}
        mode="edit"
        initialValues={opportunityToValues(o)}
        accountName={o.accountName}
        ownerName={o.ownerName}
        lockAccount
        currentStage={o.stage}
        submitLabel="Save changes"
        onCancel={onClose}
        onReload={() => void onReload()}
        onSubmit={async (values, initial) => {
          const patch = toOpportunityPatch(initial, values);
          if (Object.keys(patch).length === 0) {
            onClose();
            return;
          }
          await update.mutateAsync({ id: o.id, version: o.version, patch });
          notifications.show({ color: 'green', title: 'Changes saved', message: o.title });
          onClose();
        }}
      />
    </Modal>
  );
}
