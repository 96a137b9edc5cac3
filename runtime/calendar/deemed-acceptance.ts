/**
 * Deemed acceptance (视为受理, art. 32 of the Administrative Licensing Law): when materials are
 * incomplete the office must tell the applicant everything missing at once, on the spot or within
 * five days; if it neither accepts, nor refuses, nor sends that notice in time, the application
 * counts as accepted from the day it was received. Days are working days (art. 82).
 *
 * Counting as for every period: the day of receipt is not counted, so the answer is due on the
 * fifth working day after it, and an answer on that day, at any hour, is in time.
 */
import type { IsoDate } from '../../schemas/types.generated.js';
import { chinaDateOfEpochMs, parseInstant } from './china-time.js';
import { formatChineseDate } from './iso-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Working days the office has to accept, refuse or send the one-time supplement notice. */
export const ANSWER_WORKING_DAYS = 5;

export interface DeemedAcceptanceInput {
  /** When the application was received. */
  receivedAt: string;
  /** When it was accepted, refused or answered with a supplement notice, if it was. */
  answeredAt?: string;
  now: string;
}

export interface DeemedAcceptance {
  deemed: boolean;
  /** The last day to answer. */
  answerDeadline: IsoDate;
  /** The day the application counts as accepted: the day of receipt, when deemed. */
  acceptedOn?: IsoDate;
  /** One Chinese sentence for the case report. */
  explanation: string;
}

/**
 * Whether an application counts as accepted by law at `now`.
 * An answer later than `now` is not known yet at `now`, and is ignored; an answer after the deadline
 * does not undo the deemed acceptance.
 * @example
 * deemedAcceptance({ receivedAt: '2026-03-02T10:00:00+08:00', now: '2026-03-10T09:00:00+08:00' }, cal)
 * // { deemed: true, answerDeadline: '2026-03-09', acceptedOn: '2026-03-02', explanation: '申请于2026年3月2日收到，5个工作日内…' }
 */
export function deemedAcceptance(input: DeemedAcceptanceInput, cal: WorkingCalendar): DeemedAcceptance {
  const receivedMs = parseInstant(input.receivedAt, 'receivedAt');
  const nowMs = parseInstant(input.now, 'now');
  const answeredMs = input.answeredAt === undefined ? undefined : parseInstant(input.answeredAt, 'answeredAt');
  if (answeredMs !== undefined && answeredMs < receivedMs) throw new RangeError('answeredAt is before receivedAt');

  const received = chinaDateOfEpochMs(receivedMs);
  const answerDeadline = cal.addWorkingDays(received, ANSWER_WORKING_DAYS);
  const answered = answeredMs !== undefined && answeredMs <= nowMs ? chinaDateOfEpochMs(answeredMs) : undefined;
  const today = chinaDateOfEpochMs(nowMs);
  const receivedText = `申请于${formatChineseDate(received)}收到`;
  const law = '依《行政许可法》第三十二条自收到之日起即为受理';

  if (answered !== undefined && answered <= answerDeadline) {
    return {
      deemed: false,
      answerDeadline,
      explanation: `${receivedText}，已于${formatChineseDate(answered)}在${ANSWER_WORKING_DAYS}个工作日内作出答复，不适用《行政许可法》第三十二条视为受理的规定`,
    };
  }
  if (answered !== undefined) {
    return {
      deemed: true,
      answerDeadline,
      acceptedOn: received,
      explanation: `${receivedText}，${ANSWER_WORKING_DAYS}个工作日内（至${formatChineseDate(answerDeadline)}）未作出受理决定或一次性告知补正，`
        + `${formatChineseDate(answered)}方作答复，${law}`,
    };
  }
  if (today > answerDeadline) {
    return {
      deemed: true,
      answerDeadline,
      acceptedOn: received,
      explanation: `${receivedText}，${ANSWER_WORKING_DAYS}个工作日内未作出受理决定或一次性告知补正，${law}`,
    };
  }
  return {
    deemed: false,
    answerDeadline,
    explanation: `${receivedText}，尚未作出受理决定或一次性告知补正，最迟应于${formatChineseDate(answerDeadline)}答复；逾期未答复的，${law}`,
  };
}
