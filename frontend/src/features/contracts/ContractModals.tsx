import { Checkbox, Modal, SimpleGrid, Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { formatDate } from '../../components/format';
import { NumberField } from '../../components/NumberField';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { useCreateContract, useUpdateContract, type Contract } from './api';
import { CONTRACT_FIELDS, contractValues, emptyContractValues, toContractInput, toContractPatch, validateContract, type ContractFormValues } from './model';

interface Props {
  account: { id: string; name: string };
  /** The contract to edit; none to record a new one. */
  contract?: Contract;
  opened: boolean;
  onClose: () => void;
}

/** Record or change a contract: its dates, yearly value, renewal and notice. */
export function ContractModal({ account, contract, opened, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={contract ? `Change the contract ending ${formatDate(contract.endDate)}` : `Record a contract with ${account.name}`}
      size="lg"
    >
      {opened && <ContractForm account={account} contract={contract} onClose={onClose} />}
    </Modal>
  );
}

function ContractForm({ account, contract, onClose }: Omit<Props, 'opened'>) {
  const create = useCreateContract(account.id);
  const update = useUpdateContract();
  const form = useForm<ContractFormValues>({
    mode: 'controlled',
    initialValues: contract ? contractValues(contract) : emptyContractValues(),
    validate: validateContract,
    validateInputOnBlur: true,
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      const saved = contract
        ? await update.mutateAsync({ id: contract.id, version: contract.version, patch: toContractPatch(contract, values) })
        : await create.mutateAsync(toContractInput(values));
      notifications.show({
        color: 'green',
        title: contract ? 'Contract saved' : 'Contract recorded',
        message: saved.renewalOpportunityId
          ? `Its renewal opportunity is open: the contract ends on ${formatDate(saved.endDate)}.`
          : `Its renewal opportunity opens on ${formatDate(saved.renewalDueOn)}.`,
      });
      onClose();
    },
    (err) => applyServerError(form, err, CONTRACT_FIELDS),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateInput label="Starts on" valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" required data-autofocus {...form.getInputProps('startDate')} />
          <DateInput
            label="Ends on"
            description="The contract’s last day"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            required
            {...form.getInputProps('endDate')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberField label="Annual value" description="In the company currency" thousandSeparator="," required {...form.getInputProps('annualValue')} />
          <NumberField label="Notice (days)" description="Notice either side needs before the end" required {...form.getInputProps('noticeDays')} />
        </SimpleGrid>
        <Checkbox label="Renews by itself unless notice is given" {...form.getInputProps('autoRenew', { type: 'checkbox' })} />
        <SaveFailureAlert failure={failure} conflictTitle="Not saved" />
        <FormActions submitLabel={contract ? 'Save contract' : 'Record contract'} submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
