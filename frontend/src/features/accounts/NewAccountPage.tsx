import { Anchor, Breadcrumbs, Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useCreateAccount } from './api';
import { AccountForm } from './AccountForm';
import { emptyAccountValues, toNewAccount } from './form-model';

export function NewAccountPage() {
  const navigate = useNavigate();
  const create = useCreateAccount();
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
          initialValues={emptyAccountValues}
          submitLabel="Create account"
          onCancel={() => navigate('/accounts')}
          onSubmit={async (values) => {
            const account = await create.mutateAsync(toNewAccount(values));
            notifications.show({ color: 'green', title: 'Account created', message: account.name });
            navigate(`/accounts/${account.id}`);
          }}
        />
      </Card>
    </>
  );
}
