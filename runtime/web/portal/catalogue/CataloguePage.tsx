/**
 * The catalogue (`/`): search (Chinese, pinyin, initials — the server matches), filters, result
 * cards and pages. The filters live in the URL (catalogue-query.ts), so the page is what the
 * address says: reload, back from a guide and shared links all land on the same results.
 */
import { Alert, Button, Card, Col, Empty, Input, Pagination, Row, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { pathOf } from '../../shared/router';
import { useI18n } from '../i18n';
import { searchMatters, type SearchPage } from '../portal-api';
import { navigate } from '../router';
import { useDepartments } from '../useDepartments';
import { apiQuery, EMPTY_FILTERS, filtersToSearch, PAGE_SIZE, parseFilters, withFilter, type CatalogueFilters as Filters } from './catalogue-query';
import { topThemes } from './catalogue-themes';
import { CatalogueFilters } from './CatalogueFilters';
import { MatterCard } from './MatterCard';

type Results = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; page: SearchPage };

export function CataloguePage({ path }: { path: string }) {
  const { t } = useI18n();
  const search = path.slice(pathOf(path).length);
  const filters = useMemo(() => parseFilters(search), [search]);
  const query = apiQuery(filters);
  const [results, setResults] = useState<Results>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [typed, setTyped] = useState(filters.q);
  const [themes, setThemes] = useState<string[]>([]);
  const depts = useDepartments();

  useEffect(() => setTyped(filters.q), [filters.q]);

  useEffect(() => {
    let live = true;
    setResults((r) => (r.state === 'ready' ? r : { state: 'loading' }));
    searchMatters(query).then(
      (page) => live && setResults({ state: 'ready', page }),
      (err: Error) => live && setResults({ state: 'failed', message: err.message }),
    );
    return () => {
      live = false;
    };
  }, [query, attempt]);

  useEffect(() => {
    // One listing of the whole catalogue gives the theme chips (the API has no theme list).
    searchMatters('pageSize=100').then((all) => setThemes(topThemes(all.items)), () => undefined);
  }, []);

  const go = (next: Filters) => navigate(`/${filtersToSearch(next)}`);
  const change = (c: Partial<Filters>) => go(withFilter(filters, c));

  return (
    <div>
      <Card style={{ marginBottom: 12, background: 'linear-gradient(120deg, #fff5f3, #fff)' }} styles={{ body: { padding: '16px 16px 12px' } }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('catalogue.heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('catalogue.intro')}
        </Typography.Paragraph>
        <Input.Search
          data-testid="portal-search"
          size="large"
          allowClear
          enterButton={t('catalogue.search.button')}
          placeholder={t('catalogue.search.placeholder')}
          value={typed}
          maxLength={100}
          onChange={(e) => {
            setTyped(e.target.value);
            if (e.target.value === '' && filters.q !== '') change({ q: '' });
          }}
          onSearch={(value) => change({ q: value })}
          aria-label={t('catalogue.search.button')}
        />
        <div style={{ marginTop: 12 }}>
          <CatalogueFilters filters={filters} departments={depts.list} themes={themes} onChange={change} onClear={() => go(EMPTY_FILTERS)} />
        </div>
      </Card>
      {results.state === 'failed' && (
        <Alert
          type="error"
          showIcon
          message={t('catalogue.loadFailed', { msg: results.message })}
          action={<Button onClick={() => setAttempt((a) => a + 1)}>{t('catalogue.retry')}</Button>}
        />
      )}
      {results.state === 'loading' && <Skeleton active />}
      {results.state === 'ready' && (
        <>
          <Typography.Text type="secondary" data-testid="portal-total" data-total={results.page.total}>
            {t('catalogue.total', { n: results.page.total })}
          </Typography.Text>
          {results.page.items.length === 0 ? (
            <Empty description={t('catalogue.empty')} style={{ margin: '32px 0' }} />
          ) : (
            <Row gutter={[12, 12]} style={{ marginTop: 8 }} data-testid="portal-results">
              {results.page.items.map((m) => (
                <Col key={m.code} xs={24} md={12} xl={8}>
                  <MatterCard matter={m} departmentName={depts.nameOf(m.departmentId)} />
                </Col>
              ))}
            </Row>
          )}
          {results.page.total > PAGE_SIZE && (
            <Pagination
              style={{ marginTop: 16, textAlign: 'center' }}
              align="center"
              current={filters.page}
              pageSize={PAGE_SIZE}
              total={results.page.total}
              showSizeChanger={false}
              onChange={(page) => change({ page })}
              data-testid="portal-pagination"
            />
          )}
        </>
      )}
    </div>
  );
}
