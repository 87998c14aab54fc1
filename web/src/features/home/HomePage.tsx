import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sessionQuery } from '../../api/auth/queries.ts';
import { type HomeItem, homeQuery } from '../../api/home/queries.ts';
import { projectListQuery } from '../../api/projects/queries.ts';
import { AnchorLink } from '../../components/links.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, Loading } from '../../components/RouteStates.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { count, date, fiscalYearLabel, titleOf } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { ScopeCard } from './ScopeCard.tsx';

// Dark shades: the outline text stays above 4.5:1 on white.
const SEVERITY_COLOR = { critical: 'red.9', warning: '#a14000', info: 'blue.9' } as const;

/** A link inside the app, from a server-given path with its query. */
function ItemLink({ item }: { item: HomeItem }) {
  const lang = useLang();
  const [path = '/', query = ''] = item.link.split('?');
  const title = lang === 'en' ? item.titleEn : item.titleJa;
  return (
    <AnchorLink to={path} search={Object.fromEntries(new URLSearchParams(query))} fw={600} size="sm">
      {title}
    </AnchorLink>
  );
}

function Items({ items }: { items: HomeItem[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="home-items">
      <Title order={2} fz="h4" mb="sm" id="home-items">
        {t('home.needsYou')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="home-no-items">
          {t('home.noItems')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <Group key={`${item.kind}:${item.link}`} component="li" gap="sm" wrap="wrap" data-testid="home-item" data-kind={item.kind}>
              <Badge color={SEVERITY_COLOR[item.severity]} variant="outline" radius="sm">
                {t(`home.severity.${item.severity}`)}
              </Badge>
              <ItemLink item={item} />
              <Text size="sm" fw={700}>
                {t('common.count', { n: count(item.count, lang) })}
              </Text>
              {item.dueDate && (
                <Text size="sm" c="dimmed">
                  {t('home.due', { date: date(item.dueDate, lang) })}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function MyProjects({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useQuery(projectListQuery({ mine: true, fiscalYear, pageSize: 20 }));
  const rows = list.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="home-mine">
      <Title order={2} fz="h4" mb="sm" id="home-mine">
        {t('home.myProjects')}
      </Title>
      {list.isPending && <Loading />}
      {list.data && rows.length === 0 && <Text c="dimmed">{t('home.noProjects')}</Text>}
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.map((p) => (
          <li key={p.id}>
            <AnchorLink to="/projects/$projectId" params={{ projectId: p.id }} size="sm">
              {titleOf(p, lang)}
            </AnchorLink>
            <Text size="xs" c="dimmed" ff="monospace">
              {p.grantNumber}
            </Text>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

/** Each role's home: the areas it follows and the items other modules have for the person. */
export function HomePage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('home.title'));
  const home = useQuery(homeQuery());
  const session = useQuery(sessionQuery()).data;
  const roles = session?.user.roles.map((r) => r.role) ?? [];
  const h = home.data;
  return (
    <Stack gap="lg">
      <PageHeader title={t('home.title')} lead={h ? t('home.lead', { fy: fiscalYearLabel(h.fiscalYear, lang) }) : undefined} />
      {home.isError && <ErrorAlert error={home.error} onRetry={() => void home.refetch()} />}
      {home.isPending && <Loading />}
      {h && (
        <>
          <Items items={h.items} />
          {roles.includes('reviewer') && (
            <Alert color="gray" variant="light" data-testid="reviewer-empty">
              {t('home.reviewerEmpty')}
            </Alert>
          )}
          {h.scopes.length === 0 && !roles.includes('reviewer') && <Text c="dimmed">{t('home.noScopes')}</Text>}
          {h.scopes.map((s) => (
            <ScopeCard key={`${s.kind}:${s.id}`} scope={s} fiscalYear={h.fiscalYear} />
          ))}
          {roles.includes('researcher') && <MyProjects fiscalYear={h.fiscalYear} />}
        </>
      )}
    </Stack>
  );
}
