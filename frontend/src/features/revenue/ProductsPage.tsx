import { Badge, Button, Card, Group, Modal, SegmentedControl, Skeleton, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { rules } from '../../api/rules';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState, type ListUrlCodec } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { canManageRevenue } from '../auth/permissions';
import { useCreateProduct, useProducts, useUpdateProduct, type Product, type ProductFilters } from './api';

const PAGE_SIZE = 25;
const LIMITS = rules.limits.ProductInput;
const FIELDS = ['sku', 'name', 'family', 'recurring', 'active'] as const;

const codec: ListUrlCodec<ProductFilters> = {
  parse: (sp) => {
    const active = sp.get('active');
    return { q: sp.get('q') ?? '', active: active === 'active' || active === 'inactive' ? active : 'all' };
  },
  serialize: ({ q, active }) => {
    const sp = new URLSearchParams();
    if (q) sp.set('q', q);
    if (active !== 'all') sp.set('active', active);
    return sp;
  },
};

interface ProductValues {
  [key: string]: unknown;
  sku: string;
  name: string;
  family: string;
  recurring: boolean;
  active: boolean;
}

function required(value: string, max: number | undefined, what: string): string | null {
  if (!value.trim()) return `Enter the ${what}.`;
  if (max !== undefined && value.length > max) return `Use at most ${max} characters for the ${what}.`;
  return null;
}

function ProductModal({ product, opened, onClose }: { product: Product | null; opened: boolean; onClose: () => void }) {
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<ProductValues>({
    initialValues: product
      ? { sku: product.sku, name: product.name, family: product.family, recurring: product.recurring, active: product.active }
      : { sku: '', name: '', family: '', recurring: true, active: true },
    validate: {
      sku: (v) => required(v, LIMITS?.sku?.maxLength, 'SKU'),
      name: (v) => required(v, LIMITS?.name?.maxLength, 'name'),
      family: (v) => required(v, LIMITS?.family?.maxLength, 'family'),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      if (product) {
        await update.mutateAsync({ id: product.id, version: product.version, patch: values });
      } else {
        await create.mutateAsync(values);
      }
      onClose();
    } catch (e) {
      setFailure(applyServerError(form, e, FIELDS));
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={product ? `Edit ${product.name}` : 'New product'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="SKU" description="The billing system's product code; unique whatever its case." required {...form.getInputProps('sku')} />
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <TextInput label="Family" description="The Revenue tab groups by family." required {...form.getInputProps('family')} />
          <Switch label="Recurring (counts toward ARR from revenue)" {...form.getInputProps('recurring', { type: 'checkbox' })} />
          <Switch label="Active (takes new revenue lines)" {...form.getInputProps('active', { type: 'checkbox' })} />
          <SaveFailureAlert failure={failure} conflictTitle="SKU taken" />
          <FormActions submitLabel={product ? 'Save' : 'Create product'} submitting={create.isPending || update.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Products for managers: list, create, edit, deactivate. */
export function ProductsPage() {
  const me = useMe().data;
  const canWrite = canManageRevenue(me);
  const { filters, setFilters, paging } = useListUrlState(codec);
  const list = useProducts(filters, paging.cursor, PAGE_SIZE);
  const items = list.data?.items ?? [];
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const update = useUpdateProduct();

  return (
    <Stack>
      <PageHeader
        title="Products"
        description="What the company sells, by SKU: revenue lines name them, the Revenue tab groups them by family."
        actions={canWrite && <Button onClick={() => setEditing('new')}>New product</Button>}
      />
      <Card withBorder p={0}>
        <Group p="md" pb="xs">
          <DebouncedTextInput label="Search" placeholder="SKU or name" value={filters.q} onChange={(q) => setFilters({ q })} w={260} />
          <SegmentedControl
            aria-label="Active"
            value={filters.active}
            onChange={(v) => setFilters({ active: v as ProductFilters['active'] })}
            data={[
              { value: 'all', label: 'All' },
              { value: 'active', label: 'Active' },
              { value: 'inactive', label: 'Inactive' },
            ]}
          />
        </Group>
        {list.isError && !list.data ? (
          <Stack p="md">
            <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the products" />
          </Stack>
        ) : list.data && items.length === 0 && paging.pageNumber === 1 ? (
          <Stack p="md">
            <EmptyState title={filters.q || filters.active !== 'all' ? 'No product matches' : 'No products yet'}>
              {canWrite ? 'Create the products billing sends lines for.' : 'Managers create products.'}
            </EmptyState>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" aria-label="Products">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>SKU</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Family</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Status</Table.Th>
                  {canWrite && <Table.Th>Actions</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.isPending && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Skeleton height={16} />
                    </Table.Td>
                  </Table.Tr>
                )}
                {items.map((p) => (
                  <Table.Tr key={p.id} aria-label={p.sku}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {p.sku}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={p.name} />
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={p.family} />
                    </Table.Td>
                    <Table.Td>{p.recurring ? 'Recurring' : 'One-off'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={p.active ? 'teal' : 'gray'} tt="none">
                        {p.active ? 'Active' : 'Inactive'}
                      </Badge>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="compact-xs" variant="default" onClick={() => setEditing(p)}>
                            Edit
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => update.mutate({ id: p.id, version: p.version, patch: { active: !p.active } })}
                            aria-label={`${p.active ? 'Deactivate' : 'Reactivate'} ${p.sku}`}
                          >
                            {p.active ? 'Deactivate' : 'Reactivate'}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Stack p="md" pt={0}>
          <ListFooter query={list} paging={paging} itemCount={items.length} label={['product', 'products']} />
        </Stack>
      </Card>
      {editing && (
        <ProductModal key={editing === 'new' ? 'new' : editing.id} product={editing === 'new' ? null : editing} opened onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
