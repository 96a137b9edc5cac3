/** Date range, department, matter and period filters of the dashboards. */
import { Button, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { FilterState } from './filters';
import { chinaToday, lastDays } from './filters';
import { useI18n } from './i18n';
import type { CatalogNames } from './useCatalogNames';

export interface FilterBarProps {
  value: FilterState;
  onChange(next: FilterState): void;
  names: CatalogNames;
  /** Hide the department / matter / period pickers (the score panel uses the window only). */
  windowOnly?: boolean;
}

export function FilterBar({ value, onChange, names, windowOnly }: FilterBarProps) {
  const { t } = useI18n();
  const preset = (days: number) => onChange({ ...value, ...lastDays(days, chinaToday()) });
  const matters = value.department ? names.matters.filter((m) => m.departmentId === value.department) : names.matters;
  return (
    <Space wrap size="middle" data-testid="sup-filters">
      <span data-testid="sup-filter-from">
        <DatePicker
          allowClear={false}
          value={dayjs(value.from)}
          onChange={(d) => d && onChange({ ...value, from: d.format('YYYY-MM-DD') })}
          placeholder={t('filter.from')}
          aria-label={t('filter.from')}
        />
      </span>
      <span>–</span>
      <span data-testid="sup-filter-to">
        <DatePicker allowClear={false} value={dayjs(value.to)} onChange={(d) => d && onChange({ ...value, to: d.format('YYYY-MM-DD') })} placeholder={t('filter.to')} aria-label={t('filter.to')} />
      </span>
      <Space.Compact>
        {[7, 30, 90].map((n) => (
          <Button key={n} onClick={() => preset(n)} data-testid={`sup-filter-preset-${n}`}>
            {t(n === 7 ? 'filter.last7' : n === 30 ? 'filter.last30' : 'filter.last90')}
          </Button>
        ))}
      </Space.Compact>
      {!windowOnly && (
        <>
          <Select
            data-testid="sup-filter-department"
            style={{ minWidth: 180 }}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('filter.any', { name: t('filter.department') })}
            value={value.department}
            onChange={(department?: string) => onChange({ ...value, department, matter: undefined })}
            options={names.departments.map((d) => ({ value: d.id, label: d.name }))}
          />
          <Select
            data-testid="sup-filter-matter"
            style={{ minWidth: 220 }}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('filter.any', { name: t('filter.matter') })}
            value={value.matter}
            onChange={(matter?: string) => onChange({ ...value, matter })}
            options={matters.map((m) => ({ value: m.code, label: m.name }))}
          />
          <Select
            data-testid="sup-filter-granularity"
            style={{ width: 140 }}
            value={value.granularity ?? 'auto'}
            onChange={(g: string) => onChange({ ...value, granularity: g === 'auto' ? undefined : (g as 'day' | 'week') })}
            options={[
              { value: 'auto', label: t('filter.auto') },
              { value: 'day', label: t('filter.day') },
              { value: 'week', label: t('filter.week') },
            ]}
          />
        </>
      )}
    </Space>
  );
}
