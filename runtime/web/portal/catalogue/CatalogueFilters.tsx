/**
 * The catalogue's ways to narrow: department (a searchable select), service object and theme
 * (chips; clicking the chosen one again clears it). Controlled: the page holds the filters.
 */
import { Button, Grid, Select, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Department } from '../../../../schemas/types.generated.js';
import { useI18n } from '../i18n';
import { isFiltered, SERVICE_OBJECTS, type CatalogueFilters as Filters } from './catalogue-query';

export function CatalogueFilters(props: { filters: Filters; departments: Department[]; themes: string[]; onChange(change: Partial<Filters>): void; onClear(): void }) {
  const { t } = useI18n();
  const { filters, onChange } = props;
  const phone = Grid.useBreakpoint().sm === false;
  const [allThemes, setAllThemes] = useState(false);
  // On a phone a dozen chips would push the results below the fold: the first few, and 更多.
  const shown = phone && !allThemes ? props.themes.filter((th, i) => i < PHONE_THEMES || th === filters.theme) : props.themes;
  return (
    <div style={{ display: 'grid', gap: 10 }} data-testid="portal-filters">
      <Row label={t('catalogue.filter.department')} plain>
        <Select
          data-testid="portal-filter-department"
          style={{ width: '100%', maxWidth: 360 }}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('catalogue.filter.allDepartments')}
          value={filters.department}
          onChange={(department?: string) => onChange({ department })}
          options={props.departments.filter((d) => d.active !== false).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Row>
      <Row label={t('catalogue.filter.object')}>
        <Chip checked={filters.serviceObject === undefined} onChange={() => onChange({ serviceObject: undefined })} testId="portal-filter-object-all">
          {t('catalogue.filter.all')}
        </Chip>
        {SERVICE_OBJECTS.map((o) => (
          <Chip key={o} checked={filters.serviceObject === o} onChange={(on) => onChange({ serviceObject: on ? o : undefined })} testId={`portal-filter-object-${o}`}>
            {t(`matter.object.${o}`)}
          </Chip>
        ))}
      </Row>
      {props.themes.length > 0 && (
        <Row label={t('catalogue.filter.theme')}>
          {shown.map((theme) => (
            <Chip key={theme} checked={filters.theme === theme} onChange={(on) => onChange({ theme: on ? theme : undefined })} testId={`portal-theme-${theme}`}>
              {theme}
            </Chip>
          ))}
          {shown.length < props.themes.length && (
            <Button size="small" type="link" onClick={() => setAllThemes(true)} data-testid="portal-theme-more">
              {t('catalogue.filter.moreThemes')}
            </Button>
          )}
        </Row>
      )}
      {isFiltered(filters) && (
        <div>
          <Button size="small" type="link" onClick={props.onClear} style={{ paddingInline: 0 }} data-testid="portal-filter-clear">
            {t('catalogue.filter.clear')}
          </Button>
        </div>
      )}
    </div>
  );
}

const PHONE_THEMES = 6;

function Row({ label, children, plain }: { label: string; children: ReactNode; plain?: boolean }) {
  return (
    <div style={{ display: 'flex', alignItems: 'baseline', gap: 8 }}>
      <Typography.Text type="secondary" style={{ flex: 'none', width: 84 }}>
        {label}
      </Typography.Text>
      {plain ? (
        <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
      ) : (
        <Space size={[4, 6]} wrap style={{ flex: 1, minWidth: 0 }}>
          {children}
        </Space>
      )}
    </div>
  );
}

function Chip({ checked, onChange, testId, children }: { checked: boolean; onChange(on: boolean): void; testId: string; children: ReactNode }) {
  return (
    <Tag.CheckableTag checked={checked} onChange={onChange} data-testid={testId} aria-pressed={checked} style={{ fontSize: 14, padding: '2px 10px', border: checked ? undefined : '1px solid #d9d9d9' }}>
      {children}
    </Tag.CheckableTag>
  );
}
