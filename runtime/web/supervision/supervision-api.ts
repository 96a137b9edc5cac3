/**
 * The supervision app's calls to the runtime API and the shapes they answer (see
 * runtime/server/routes/supervision.router.ts and public-display.router.ts).
 */
import type { SupervisionFigures } from '../../cases/storage/supervision-stats.js';
import type { DisplayCounts, PublicDisplay } from '../../server/routes/public-display.router.js';
import type { CaseStatus } from '../../../schemas/types.generated.js';
import { request } from '../shared/http';

export type { CaseStatus };
export const CASE_STATUSES: readonly CaseStatus[] = ['submitted', 'supplement_requested', 'in_progress', 'suspended', 'granted', 'denied', 'refused', 'withdrawn'];

/** The store's figures plus the supplement notices the overview adds. */
export type Figures = SupervisionFigures & { supplemented: number };

export interface AttentionCase {
  caseNo: string;
  matterCode: string;
  departmentId: string | null;
  status: CaseStatus;
  receivedAt: string;
  dueDate: string | null;
}

export interface Overview {
  window: { from: string; to: string };
  total: Figures;
  byDepartment: (Figures & { departmentId: string | null })[];
  byMatter: (Figures & { matterCode: string })[];
  series: { granularity: 'day' | 'week'; points: Array<{ period: string; cases: number; byStatus: Record<CaseStatus, number> }> };
  warningList: AttentionCase[];
  overdueList: AttentionCase[];
  /** Applications not yet accepted, and those at 预警 / 超期 of their acceptance deadline (受理期限, art. 32). */
  acceptance: { open: number; yellow: number; red: number };
}

export const INDICATORS = ['onTimeRate', 'satisfaction', 'complaints', 'supplementRate'] as const;
export type Indicator = (typeof INDICATORS)[number];
export type Weights = Record<Indicator, number>;

export interface IndicatorExplanation {
  indicator: Indicator;
  value: number | null;
  normalised: number | null;
  weight: number;
  share: number;
  contribution: number;
}

export interface Scored {
  figures: { cases: number; timed: number; onTime: number; satisfactionAverage: number | null; complaints: number; supplemented: number };
  score: number | null;
  indicators: IndicatorExplanation[];
}

export interface ScoreReport {
  window: { from: string; to: string };
  weights: Weights;
  centre: Scored;
  departments: (Scored & { departmentId: string })[];
  /** By hall window (窗口) of the accepting clerk; windowId null: the department's cases of no window (未指定窗口). */
  windows: (Scored & { departmentId: string; windowId: string | null; windowName: string | null })[];
}

export interface StoredWeights {
  weights: Weights;
  updatedAt?: string;
  updatedBy?: string;
}

export type { DisplayCounts, PublicDisplay };

export interface Filters {
  from: string;
  to: string;
  department?: string;
  matter?: string;
  granularity?: 'day' | 'week';
}

const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const fetchOverview = (f: Filters) => request<Overview>('GET', `/supervision/overview${query({ from: f.from, to: f.to, department: f.department, matter: f.matter, granularity: f.granularity })}`);
export const fetchScore = (f: Pick<Filters, 'from' | 'to'>) => request<ScoreReport>('GET', `/supervision/score${query({ from: f.from, to: f.to })}`);
export const fetchWeights = () => request<StoredWeights>('GET', '/supervision/score-weights');
export const saveWeights = (w: Weights) => request<StoredWeights>('PUT', '/supervision/score-weights', w);
/** Acceptance credited to the accepting desk, decisions to the deciding department (GET /api/supervision/credit). */
export interface CreditReport {
  departments: Array<{ departmentId: string; name?: string; received: number; accepted: number; decided: number; granted: number; denied: number }>;
  windows: Array<{ windowId: string | null; departmentId: string; name?: string | null; received: number; accepted: number }>;
}

/** Which years lack an entered holiday schedule (GET /api/calendar/status). */
export interface CalendarStatus {
  today: string;
  missingYears: Array<{ year: number; reason: 'upcoming' | 'open-cases'; openCases?: number }>;
  provisionalYears: number[];
  scheduleYears: number[];
}

export const fetchCredit = (f: Pick<Filters, 'from' | 'to'>) => request<CreditReport>('GET', `/supervision/credit${query({ from: f.from, to: f.to })}`);
export const fetchCalendarStatus = () => request<CalendarStatus>('GET', '/calendar/status');
export const fetchDisplay = () => request<PublicDisplay>('GET', '/public/display');
export const fetchDepartments = () => request<Array<{ id: string; name: string; windows?: Array<{ id: string; name: string }> }>>('GET', '/departments');
export const fetchMatters = () => request<{ items: Array<{ code: string; name: string; departmentId: string }> }>('GET', '/matters?pageSize=100');
