/** The signed-in supervisor's or admin's screens: the shared filters over two tabs, the dashboards and the performance score. */
import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { queryOf } from '../shared/router';
import { Dashboard } from './Dashboard';
import { FilterBar } from './FilterBar';
import { chinaToday, lastDays, type FilterState } from './filters';
import { useI18n } from './i18n';
import { navigate, usePath } from './router';
import { ScorePanel } from './ScorePanel';
import { useCatalogNames } from './useCatalogNames';

export default function StaffConsole({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useI18n();
  const path = usePath();
  const tab = queryOf(path, 'tab') === 'score' ? 'score' : 'overview';
  const [filters, setFilters] = useState<FilterState>(() => lastDays(30, chinaToday()));
  const names = useCatalogNames(t('table.noDepartment'));
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <FilterBar value={filters} onChange={setFilters} names={names} windowOnly={tab === 'score'} />
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(k === 'score' ? '/?tab=score' : '/')}
        items={[
          { key: 'overview', label: <span data-testid="sup-tab-overview">{t('nav.overview')}</span>, children: tab === 'overview' ? <Dashboard filters={filters} names={names} /> : null },
          { key: 'score', label: <span data-testid="sup-tab-score">{t('nav.score')}</span>, children: tab === 'score' ? <ScorePanel filters={filters} names={names} canEdit={isAdmin} /> : null },
        ]}
      />
    </>
  );
}
