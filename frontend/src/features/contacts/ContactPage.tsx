import { Anchor, Button, Card, Grid, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { DetailBreadcrumbs, DetailLoadError, DetailPageSkeleton, Fact, StaleVersionAlert, type ParentList } from '../../components/DetailPage';
import { EMPTY, formatDate, formatDateTime, humanize, orEmpty } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState } from '../../components/QueryState';
import { useAccount } from '../accounts/api';
import { useMe } from '../auth/api';
import { useAccountTeam } from '../accounts/team-api';
import { isCurrentMember } from '../accounts/team-model';
import { canWriteContacts } from '../auth/permissions';
import { useAllAccountContacts, useContact, type Contact } from './api';
import { BuyingRoleBadge, InfluenceDots, LeftBadge, StanceBadge } from './badges';
import { DeleteContactModal, EditContactModal } from './ContactModals';
import { languageName } from './labels';
import { directReports, reportsToChain } from './org-chart';

const CONTACTS_LIST: ParentList = { to: '/contacts', label: 'Contacts' };

function PersonLink({ c }: { c: Pick<Contact, 'id' | 'name' | 'title' | 'leftCompanyOn'> }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor component={Link} to={`/contacts/${c.id}`} size="sm" fw={600} c={c.leftCompanyOn ? 'dimmed' : undefined}>
        {c.name}
      </Anchor>
      {c.title && (
        <Text size="sm" c="dimmed" truncate="end">
          {c.title}
        </Text>
      )}
      {c.leftCompanyOn && <LeftBadge />}
    </Group>
  );
}

/** Whom the contact reports to (up to the top) and who reports to them, from the account's contacts. */
function ReportingLines({ contact }: { contact: Contact }) {
  const all = useAllAccountContacts(contact.accountId);
  const people = useMemo(() => all.data?.items ?? [], [all.data]);
  const chain = useMemo(() => reportsToChain(contact.id, people), [contact.id, people]);
  const reports = useMemo(() => directReports(contact.id, people), [contact.id, people]);
  return (
    <Card withBorder h="100%" component="section" aria-labelledby="contact-lines">
      <Title order={3} size="h4" id="contact-lines" mb="sm">
        Reporting lines
      </Title>
      {all.isPending && <Skeleton height={80} />}
      {all.isError && <ErrorState error={all.error} onRetry={() => void all.refetch()} title="Could not load the reporting lines" />}
      {all.isSuccess && (
        <Stack gap="md">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4} id="chain-label">
              Reporting line, from the top
            </Text>
            {chain.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nobody recorded{contact.reportsToName ? `: ${contact.reportsToName}` : ''}.
              </Text>
            ) : (
              // From the top of the reporting line down to the nearest manager, indented like an org chart.
              <Stack gap={4} component="ol" aria-labelledby="chain-label" m={0} p={0} style={{ listStyle: 'none' }}>
                {[...chain].reverse().map((boss, i) => (
                  <li key={boss.id} style={{ paddingLeft: i * 16 }}>
                    <PersonLink c={boss} />
                  </li>
                ))}
              </Stack>
            )}
          </div>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4} id="reports-label">
              Direct reports
            </Text>
            {reports.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nobody recorded.
              </Text>
            ) : (
              <Stack gap={4} component="ul" aria-labelledby="reports-label" m={0} p={0} style={{ listStyle: 'none' }}>
                {reports.map((r) => (
                  <li key={r.id}>
                    <PersonLink c={r} />
                  </li>
                ))}
              </Stack>
            )}
          </div>
        </Stack>
      )}
    </Card>
  );
}

export function ContactPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  const me = useMe().data;
  const account = useAccount(contact.data?.accountId ?? '', !!contact.data);
  const team = useAccountTeam(contact.data?.accountId ?? '', !!contact.data);
  const navigate = useNavigate();
  const [editOpened, edit] = useDisclosure(false);
  const [deleteOpened, remove] = useDisclosure(false);

  if (contact.isPending) return <DetailPageSkeleton list={CONTACTS_LIST} blockHeights={[180, 140]} />;
  const c = contact.data;
  if (!c) {
    return (
      <DetailLoadError list={CONTACTS_LIST} name="Contact" error={contact.error} onRetry={() => void contact.refetch()} title="Could not load this contact" />
    );
  }
  const canEdit = !!account.data && !account.data.archived && canWriteContacts(me, account.data.ownerId, isCurrentMember(team.data, me?.user.id));

  return (
    <>
      <DetailBreadcrumbs list={CONTACTS_LIST} name={c.name} />
      <PageHeader
        title={c.name}
        badges={
          <Group gap="xs">
            <BuyingRoleBadge role={c.buyingRole} />
            <StanceBadge stance={c.stance} />
            {c.leftCompanyOn && <LeftBadge />}
          </Group>
        }
        description={
          <>
            {c.title ? `${c.title} at ` : ''}
            <Anchor component={Link} to={`/accounts/${c.accountId}?tab=people`} inherit>
              {c.accountName}
            </Anchor>
            {c.businessUnitName ? ` · ${c.businessUnitName}` : ''}
          </>
        }
        actions={
          canEdit && (
            <>
              <Button variant="default" onClick={edit.open}>
                Edit
              </Button>
              <Button variant="light" color="red" onClick={remove.open}>
                Delete
              </Button>
            </>
          )
        }
      />
      {contact.isError && <StaleVersionAlert message={errorMessage(contact.error)} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder h="100%" component="section" aria-labelledby="contact-facts">
            <Title order={3} size="h4" id="contact-facts" mb="sm">
              About them
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" component="dl" m={0}>
              <Fact label="Email">{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : EMPTY}</Fact>
              <Fact label="Phone">{c.phone ? <Anchor href={`tel:${c.phone.replace(/[^+\d]/g, '')}`}>{c.phone}</Anchor> : EMPTY}</Fact>
              <Fact label="Preferred channel">{c.preferredChannel ? humanize(c.preferredChannel) : EMPTY}</Fact>
              <Fact label="Language">{c.preferredLanguage ? languageName(c.preferredLanguage) : EMPTY}</Fact>
              <Fact label="Business unit">{orEmpty(c.businessUnitName)}</Fact>
              <Fact label="Influence">
                <InfluenceDots influence={c.influence} />
              </Fact>
              <Fact label="Relationship owner">{orEmpty(c.relationshipOwnerName)}</Fact>
              <Fact label="Last touch">{c.lastTouchAt ? formatDateTime(c.lastTouchAt) : 'None logged yet'}</Fact>
              <Fact label="Left the company">{c.leftCompanyOn ? formatDate(c.leftCompanyOn) : 'Still there'}</Fact>
              <Fact label="External ID">{orEmpty(c.externalId)}</Fact>
              <Fact label="Last updated">{formatDateTime(c.updatedAt)}</Fact>
            </SimpleGrid>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ReportingLines contact={c} />
        </Grid.Col>
      </Grid>
      {canEdit && <EditContactModal contact={c} opened={editOpened} onClose={edit.close} onReload={() => contact.refetch()} />}
      {canEdit && (
        <DeleteContactModal
          contact={c}
          opened={deleteOpened}
          onClose={remove.close}
          onDeleted={() => navigate(`/accounts/${c.accountId}?tab=people`, { replace: true })}
        />
      )}
    </>
  );
}
