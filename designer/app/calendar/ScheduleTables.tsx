/**
 * The two tables of a year's schedule: holidays (name, from–to) and adjusted working days (date,
 * name), rows added and removed, each cell showing the error placed on it. The page owns the rows.
 * testids: cal-holidays / cal-workdays; per row i: cal-holiday-name-i, cal-holiday-range-i,
 * cal-holiday-error-i, cal-holiday-remove-i; cal-workday-date-i, cal-workday-name-i,
 * cal-workday-error-i, cal-workday-remove-i; cal-holiday-add, cal-workday-add.
 */
import { Button, DatePicker, Input, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { PlacedErrors } from '../../calendar/schedule-errors';
import { rowKey, type HolidayRow, type ScheduleDraft, type WorkdayRow } from '../../calendar/year-schedule';
import { useI18n } from '../i18n';
import { scheduleErrorWords } from './schedule-words';

const DAY = 86_400_000;
const days = (from?: string, to?: string) => (from && to && from <= to ? Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1 : undefined);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

interface TablesProps {
  draft: ScheduleDraft;
  errors: PlacedErrors;
  readOnly: boolean;
  onChange(next: ScheduleDraft): void;
}

function CellError({ children, testId }: { children?: ReactNode; testId: string }) {
  return children ? (
    <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }} data-testid={testId} role="alert">
      {children}
    </Typography.Text>
  ) : null;
}

export function HolidayTable({ draft, errors, readOnly, onChange }: TablesProps) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<HolidayRow>) => onChange({ ...draft, holidays: draft.holidays.map((h, j) => (j === i ? { ...h, ...patch } : h)) });
  const words = (i: number, field: 'name' | 'from' | 'to' | '') => {
    const e = errors.at('holidays', i, field);
    return e && scheduleErrorWords(e, t, draft.year);
  };
  const start = dayjs(`${draft.year}-01-01`);
  return (
    <>
      <Table<HolidayRow>
        data-testid="cal-holidays"
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={draft.holidays}
        locale={{ emptyText: <Typography.Text type="secondary">{t('calendar.holidays.empty')}</Typography.Text> }}
        columns={[
          { title: '#', key: 'n', width: 48, render: (_, __, i) => i + 1 },
          {
            title: t('calendar.field.name'),
            key: 'name',
            width: 220,
            render: (_, h, i) => (
              <>
                <Input
                  data-testid={`cal-holiday-name-${i}`}
                  aria-label={`${t('calendar.place.holiday', { n: i + 1 })} ${t('calendar.field.name')}`}
                  value={h.name}
                  maxLength={100}
                  disabled={readOnly}
                  status={words(i, 'name') ? 'error' : undefined}
                  placeholder={t('calendar.holiday.namePlaceholder')}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
                <CellError testId={`cal-holiday-name-error-${i}`}>{words(i, 'name')}</CellError>
              </>
            ),
          },
          {
            title: t('calendar.field.range'),
            key: 'range',
            render: (_, h, i) => {
              const problem = words(i, 'from') ?? words(i, 'to') ?? words(i, '');
              return (
                <>
                  <span data-testid={`cal-holiday-range-${i}`}>
                    <DatePicker.RangePicker
                      aria-label={`${t('calendar.place.holiday', { n: i + 1 })} ${t('calendar.field.range')}`}
                      value={[h.from ? dayjs(h.from) : null, h.to ? dayjs(h.to) : null]}
                      allowEmpty={[true, true]}
                      defaultPickerValue={[start, start]}
                      disabled={readOnly}
                      status={problem ? 'error' : undefined}
                      placeholder={[t('calendar.field.from'), t('calendar.field.to')]}
                      onChange={(v) => set(i, { from: iso(v?.[0]), to: iso(v?.[1]) })}
                    />
                  </span>
                  <CellError testId={`cal-holiday-error-${i}`}>{problem}</CellError>
                </>
              );
            },
          },
          { title: t('calendar.field.days'), key: 'days', width: 72, align: 'right', render: (_, h) => days(h.from, h.to) ?? '—' },
          {
            title: t('col.actions'),
            key: 'actions',
            width: 80,
            render: (_, __, i) =>
              !readOnly && (
                <Button size="small" type="link" danger data-testid={`cal-holiday-remove-${i}`} onClick={() => onChange({ ...draft, holidays: draft.holidays.filter((_, j) => j !== i) })}>
                  {t('calendar.remove')}
                </Button>
              ),
          },
        ]}
      />
      {!readOnly && (
        <Button style={{ marginTop: 8 }} data-testid="cal-holiday-add" onClick={() => onChange({ ...draft, holidays: [...draft.holidays, { key: rowKey(), name: '' }] })}>
          + {t('calendar.holiday.add')}
        </Button>
      )}
    </>
  );
}

export function WorkdayTable({ draft, errors, readOnly, onChange }: TablesProps) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<WorkdayRow>) => onChange({ ...draft, workdays: draft.workdays.map((w, j) => (j === i ? { ...w, ...patch } : w)) });
  const words = (i: number, field: 'name' | 'date' | '') => {
    const e = errors.at('workdays', i, field);
    return e && scheduleErrorWords(e, t, draft.year);
  };
  return (
    <>
      <Table<WorkdayRow>
        data-testid="cal-workdays"
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={draft.workdays}
        locale={{ emptyText: <Typography.Text type="secondary">{t('calendar.workdays.empty')}</Typography.Text> }}
        columns={[
          { title: '#', key: 'n', width: 48, render: (_, __, i) => i + 1 },
          {
            title: t('calendar.field.date'),
            key: 'date',
            width: 220,
            render: (_, w, i) => {
              const problem = words(i, 'date') ?? words(i, '');
              return (
                <>
                  <span data-testid={`cal-workday-date-${i}`}>
                    <DatePicker
                      aria-label={`${t('calendar.place.workday', { n: i + 1 })} ${t('calendar.field.date')}`}
                      value={w.date ? dayjs(w.date) : null}
                      defaultPickerValue={dayjs(`${draft.year}-01-01`)}
                      disabled={readOnly}
                      status={problem ? 'error' : undefined}
                      onChange={(d) => set(i, { date: iso(d) })}
                    />
                  </span>
                  <CellError testId={`cal-workday-error-${i}`}>{problem}</CellError>
                </>
              );
            },
          },
          { title: t('calendar.field.weekday'), key: 'weekday', width: 80, render: (_, w) => (w.date ? dayjs(w.date).format('dddd') : '—') },
          {
            title: t('calendar.field.name'),
            key: 'name',
            render: (_, w, i) => (
              <>
                <Input
                  data-testid={`cal-workday-name-${i}`}
                  aria-label={`${t('calendar.place.workday', { n: i + 1 })} ${t('calendar.field.name')}`}
                  value={w.name}
                  maxLength={100}
                  disabled={readOnly}
                  placeholder={t('calendar.workday.namePlaceholder')}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
                <CellError testId={`cal-workday-name-error-${i}`}>{words(i, 'name')}</CellError>
              </>
            ),
          },
          {
            title: t('col.actions'),
            key: 'actions',
            width: 80,
            render: (_, __, i) =>
              !readOnly && (
                <Button size="small" type="link" danger data-testid={`cal-workday-remove-${i}`} onClick={() => onChange({ ...draft, workdays: draft.workdays.filter((_, j) => j !== i) })}>
                  {t('calendar.remove')}
                </Button>
              ),
          },
        ]}
      />
      {!readOnly && (
        <Space style={{ marginTop: 8 }}>
          <Button data-testid="cal-workday-add" onClick={() => onChange({ ...draft, workdays: [...draft.workdays, { key: rowKey(), name: '' }] })}>
            + {t('calendar.workday.add')}
          </Button>
        </Space>
      )}
    </>
  );
}
