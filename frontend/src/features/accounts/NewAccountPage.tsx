import { Anchor, Breadcrumbs, Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { humanize } from '../../components/format';
import { useMe } from '../auth/api';
import { NotAllowed } from '../auth/NotAllowed';
import { canAssignOwner, canCreateAccount, canManage, isAdmin } from '../auth/permissions';
import { useCreateAccount } from './api';
import { AccountForm } from './AccountForm';
import { emptyAccountValues, toNewAccount } from './form-model';

export function NewAccountPage() {
  const navigate = useNavigate();
  const create = useCreateAccount();
  const me = useMe().data;
  if (!me || !canCreateAccount(me)) {
    return (
      <NotAllowed title="New account">
        Your role ({humanize(me?.user.role ?? 'VIEWER').toLowerCase()}) cannot create accounts. Ask a manager or an account manager to create it.
      </NotAllowed>
    );
  }
  // Account managers create accounts they own themselves, in the Standard tier.
  const ownOnly = !canAssignOwner(me);
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/accounts">
          Accounts
        </Anchor>
        <span>New account</span>
      </Breadcrumbs>
      <PageHeader title="New account" />
      <Card withBorder maw={900} p="lg">
        <AccountForm
          mode="create"
          initialValues={ownOnly ? { ...emptyAccountValues, ownerId: me.user.id } : emptyAccountValues}
          ownerName={ownOnly ? me.user.name : null}
          lockOwner={ownOnly ? 'Account managers own the accounts they create.' : undefined}
          lockTier={canManage(me) ? undefined : 'Key and Strategic tiers are a manager’s decision.'}
          submitLabel="Create account"
          onCancel={() => navigate('/accounts')}
          canOverrideBudget={isAdmin(me)}
          onSubmit={async (values, _initial, budgetOverride) => {
            const account = await create.mutateAsync(budgetOverride ? { ...toNewAccount(values), budgetOverride } : toNewAccount(values));
            notifications.show({ color: 'green', title: 'Account created', message: account.name });
            navigate(`/accounts/${account.id}`);
          }}
        />
      </Card>
    </>
  );
}
