/**
 * 工作日历 (admin): a year's holiday schedule — as entered, or, for a year nobody has entered, the
 * statutory rule's days marked 预计 — edited in two tables or imported from a JSON file; checked
 * while typing; 预览 shows which open cases and tasks the change moves; 保存并重算 (after a
 * confirmation) stores it and recomputes them. A refused save (422) shows each error on the row and
 * field it names. Route /designer/calendar?year=2027.
 */
import { Alert, App as AntApp, Button, Card, Select, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkSchedule, parseScheduleJson, serverErrors, type ScheduleError } from '../../calendar/schedule-check';
import { placeErrors } from '../../calendar/schedule-errors';
import { draftOf, scheduleOf, sortDraft, type ScheduleDraft } from '../../calendar/year-schedule';
import { ApiError, type SessionUser } from '../api';
import { useI18n, type I18n } from '../i18n';
import { navigate, queryParam } from '../router';
import { useLeaveGuard } from '../use-leave-guard';
import { previewSchedule, saveSchedule, yearSchedule, type SchedulePreview } from './calendar-api';
import { MovesPreview } from './MovesPreview';
import { ScheduleTables } from './ScheduleSection';
import { scheduleErrorPlace, scheduleErrorWords } from './schedule-words';
import { refreshCalendarStatus, useCalendarStatus } from './useCalendarStatus';

/** Solid tag colours with white text at AA contrast (antd's light presets are not). */
const DARK_ORANGE = '#ad4e00';
const DARK_GREEN = '#237804';

/** An API failure in the admin's words (never the server's English). */
function failureWords(err: unknown, t: I18n['t']): string {
  if (!(err instanceof ApiError)) return t('calendar.fail.other');
  if (err.status === 0) return t('calendar.fail.network');
  if (err.status === 401) return t('calendar.fail.signedOut');
  if (err.status === 403) return t('calendar.fail.forbidden');
  if (err.status === 409) return t('calendar.fail.busy');
  if (err.status === 422 || err.status === 400) return t('calendar.fail.invalid');
  return t('calendar.fail.http', { status: err.status });
}

export function CalendarPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const status = useCalendarStatus(true);
  const thisYear = Number((status?.today ?? new Date().toISOString()).slice(0, 4));
  const asked = Number(queryParam('year'));
  const [year, setYear] = useState<number | undefined>(Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : undefined);
  const [draft, setDraft] = useState<ScheduleDraft>();
  const [provisional, setProvisional] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  const [server, setServer] = useState<ScheduleError[]>([]);
  const [imported, setImported] = useState<ScheduleError[]>([]);
  const [strict, setStrict] = useState(false);
  const [preview, setPreview] = useState<SchedulePreview>();
  const [busy, setBusy] = useState<'preview' | 'save'>();
  const [failure, setFailure] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  useLeaveGuard(dirty, t('calendar.leaveConfirm'));

  // Without ?year=: the first year that lacks a schedule, else this year.
  useEffect(() => {
    if (year === undefined && status) setYear(status.missingYears[0]?.year ?? thisYear);
  }, [year, status, thisYear]);

  const load = useCallback(async (y: number) => {
    setDraft(undefined);
    setLoadError(undefined);
    setPreview(undefined);
    setServer([]);
    setImported([]);
    setStrict(false);
    setFailure(undefined);
    try {
      const s = await yearSchedule(y);
      setDraft(draftOf(s));
      setProvisional(!!s.provisional);
      setDirty(false);
    } catch (err) {
      setLoadError(failureWords(err, t));
    }
  }, [t]);
  useEffect(() => {
    if (year !== undefined) void load(year);
  }, [year, load]);

  const schedule = useMemo(() => (draft ? scheduleOf(draft) : undefined), [draft]);
  const local = useMemo(() => (schedule ? checkSchedule(schedule) : []), [schedule]);
  // Until the admin asks to preview or save, an empty new row is not yet an error.
  const shown = useMemo(() => [...imported, ...server, ...(strict ? local : local.filter((e) => e.problem !== 'required'))], [imported, server, local, strict]);
  const placed = useMemo(() => placeErrors(shown, { holidays: draft?.holidays.length ?? 0, workdays: draft?.workdays.length ?? 0 }), [shown, draft]);

  if (user.role !== 'admin') return <Alert type="warning" showIcon message={t('calendar.adminOnly')} data-testid="cal-forbidden" />;

  const edit = (next: ScheduleDraft) => {
    setDraft(next);
    setDirty(true);
    setPreview(undefined);
    setServer([]);
    setImported([]);
    setFailure(undefined);
  };

  const changeYear = (y: number) => {
    if (dirty && !window.confirm(t('calendar.leaveConfirm'))) return;
    setDirty(false);
    window.history.replaceState(null, '', `/designer/calendar?year=${y}`);
    setYear(y);
  };

  const onFile = async (file: File | undefined) => {
    if (!file || !draft) return;
    const parsed = parseScheduleJson(await file.text(), draft.year);
    setPreview(undefined);
    setServer([]);
    setFailure(undefined);
    if (parsed.schedule) {
      setDraft(draftOf(parsed.schedule));
      setDirty(true);
      setStrict(true);
    }
    // The file's own problems stay listed until the next edit; the live check adds the rest.
    setImported(parsed.schedule ? parsed.errors.filter((e) => !checkSchedule(parsed.schedule!).some((c) => c.path === e.path && c.problem === e.problem)) : parsed.errors);
    if (parsed.schedule && parsed.errors.length === 0) message.success(t('calendar.imported', { holidays: parsed.schedule.holidays.length, workdays: parsed.schedule.workdays.length }));
  };

  /** Runs a call that sends the schedule; a 422 places its errors. */
  const send = async <T,>(kind: 'preview' | 'save', call: () => Promise<T>): Promise<T | undefined> => {
    setStrict(true);
    if (local.length > 0 || !schedule) return undefined;
    setBusy(kind);
    setFailure(undefined);
    try {
      const result = await call();
      setServer([]);
      return result;
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.details.length) setServer(serverErrors(err.details));
      setFailure(failureWords(err, t));
      return undefined;
    } finally {
      setBusy(undefined);
    }
  };

  const runPreview = async () => {
    const p = await send('preview', () => previewSchedule(schedule!));
    if (p) setPreview(p);
  };

  const confirmSave = () => {
    setStrict(true);
    if (local.length > 0 || !schedule) return;
    modal.confirm({
      title: t('calendar.save.title', { year: schedule.year }),
      content: preview ? t('calendar.save.withPreview', { cases: preview.moved ?? preview.cases, tasks: preview.tasks }) : t('calendar.save.body'),
      okText: t('calendar.save'),
      cancelText: t('calendar.cancel'),
      okButtonProps: { 'data-testid': 'cal-save-ok' } as Record<string, string>,
      onOk: async () => {
        const saved = await send('save', () => saveSchedule(schedule));
        if (!saved) return;
        setDirty(false);
        message.success(t('calendar.saved', { cases: saved.recompute.moved ?? saved.recompute.cases, tasks: saved.recompute.tasks }));
        await refreshCalendarStatus();
        await load(schedule.year);
      },
    });
  };

  const years = Array.from({ length: 5 }, (_, i) => thisYear - 1 + i);
  if (year !== undefined && !years.includes(year)) years.push(year);
  const yearTag = (y: number) =>
    status?.scheduleYears.includes(y) ? t('calendar.year.entered') : status?.missingYears.some((m) => m.year === y) ? t('calendar.year.missing') : status?.provisionalYears.includes(y) ? t('calendar.year.provisional') : '';

  return (
    <Card
      data-testid="calendar-page"
      title={
        <Space wrap>
          <Button type="link" onClick={() => navigate('/')} style={{ paddingInline: 0 }}>
            ← {t('matter.back')}
          </Button>
          <Typography.Text strong>{t('nav.calendar')}</Typography.Text>
          <Select
            data-testid="cal-year"
            aria-label={t('calendar.field.year')}
            value={year}
            style={{ width: 180 }}
            onChange={changeYear}
            options={years.sort((a, b) => a - b).map((y) => ({ value: y, label: [t('calendar.banner.year', { year: y }), yearTag(y)].filter(Boolean).join(' · ') }))}
          />
          {draft && (provisional ? <Tag color={DARK_ORANGE} data-testid="cal-provisional">{t('calendar.provisional')}</Tag> : <Tag color={DARK_GREEN} data-testid="cal-entered">{t('calendar.entered')}</Tag>)}
          {dirty && <Tag color={DARK_ORANGE}>{t('flow.unsaved')}</Tag>}
        </Space>
      }
      extra={
        draft && (
          <Space wrap>
            <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="cal-import-input" onChange={(e) => { void onFile(e.target.files?.[0]); e.target.value = ''; }} />
            <Button data-testid="cal-import" onClick={() => fileInput.current?.click()}>
              {t('calendar.import')}
            </Button>
            <Button data-testid="cal-sort" onClick={() => edit(sortDraft(draft))}>
              {t('calendar.sort')}
            </Button>
            <Button data-testid="cal-preview-run" loading={busy === 'preview'} onClick={() => void runPreview()}>
              {t('calendar.preview')}
            </Button>
            <Button type="primary" data-testid="cal-save" loading={busy === 'save'} disabled={!dirty && !provisional} onClick={confirmSave}>
              {t('calendar.saveRecompute')}
            </Button>
          </Space>
        )
      }
    >
      {loadError && <Alert type="error" showIcon message={loadError} />}
      {!draft && !loadError && <Spin style={{ display: 'block', margin: 40 }} />}
      {draft && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {provisional && <Alert type="warning" showIcon data-testid="cal-provisional-note" message={t('calendar.provisional.note', { year: draft.year })} />}
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('calendar.help')}
          </Typography.Paragraph>
          {failure && <Alert type="error" showIcon data-testid="cal-failure" message={failure} />}
          {(placed.general.length > 0 || (shown.length > 0 && strict)) && (
            <Alert
              type="error"
              showIcon
              data-testid="cal-errors"
              message={t('calendar.errors', { n: shown.length })}
              description={
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {shown.slice(0, 20).map((e, i) => (
                    <li key={i}>
                      {scheduleErrorPlace(e, t)}：{scheduleErrorWords(e, t, draft.year)}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <ScheduleTables draft={draft} errors={placed} readOnly={false} onChange={edit} />
          {preview && <MovesPreview preview={preview} />}
        </Space>
      )}
    </Card>
  );
}
