/**
 * Deemed acceptance (art. 32): no acceptance, refusal or one-time supplement notice within
 * 5 working days of receipt → accepted on the day of receipt. Times are Beijing time.
 *
 * Received Mon 2026-03-02 → answer due Mon 03-09 (03-03 … 03-06, 03-09).
 * Received Thu 2026-02-12 → answer due Thu 02-26 (02-13, Sat 02-14, then 春节 until 02-23, 02-24 … 02-26).
 */
import { describe, expect, it } from 'vitest';
import { deemedAcceptance, type DeemedAcceptance, type DeemedAcceptanceInput } from '../../../runtime/calendar/deemed-acceptance.js';
import { createWorkingCalendar } from '../../../runtime/calendar/working-calendar.js';

const cal = createWorkingCalendar();
const at = (date: string, time = '10:00:00'): string => `${date}T${time}+08:00`;
const LAW = '依《行政许可法》第三十二条自收到之日起即为受理';

const cases: Array<{ given: string; input: DeemedAcceptanceInput; expected: DeemedAcceptance }> = [
  {
    given: 'no answer and the fifth working day past',
    input: { receivedAt: at('2026-03-02'), now: at('2026-03-10', '09:00:00') },
    expected: {
      deemed: true, answerDeadline: '2026-03-09', acceptedOn: '2026-03-02',
      explanation: '申请于2026年3月2日收到，5个工作日内未作出受理决定或一次性告知补正，依《行政许可法》第三十二条自收到之日起即为受理',
    },
  },
  {
    given: 'no answer yet, late on the last day',
    input: { receivedAt: at('2026-03-02'), now: at('2026-03-09', '23:00:00') },
    expected: {
      deemed: false, answerDeadline: '2026-03-09',
      explanation: `申请于2026年3月2日收到，尚未作出受理决定或一次性告知补正，最迟应于2026年3月9日答复；逾期未答复的，${LAW}`,
    },
  },
  {
    given: 'an answer on the last day, read later',
    input: { receivedAt: at('2026-03-02'), answeredAt: at('2026-03-09', '17:30:00'), now: at('2026-03-20') },
    expected: {
      deemed: false, answerDeadline: '2026-03-09',
      explanation: '申请于2026年3月2日收到，已于2026年3月9日在5个工作日内作出答复，不适用《行政许可法》第三十二条视为受理的规定',
    },
  },
  {
    given: 'an answer one working day late',
    input: { receivedAt: at('2026-03-02'), answeredAt: at('2026-03-10'), now: at('2026-03-20') },
    expected: {
      deemed: true, answerDeadline: '2026-03-09', acceptedOn: '2026-03-02',
      explanation: `申请于2026年3月2日收到，5个工作日内（至2026年3月9日）未作出受理决定或一次性告知补正，2026年3月10日方作答复，${LAW}`,
    },
  },
  {
    given: 'an answer recorded after now (not known yet at now)',
    input: { receivedAt: at('2026-03-02'), answeredAt: at('2026-03-05'), now: at('2026-03-04') },
    expected: {
      deemed: false, answerDeadline: '2026-03-09',
      explanation: `申请于2026年3月2日收到，尚未作出受理决定或一次性告知补正，最迟应于2026年3月9日答复；逾期未答复的，${LAW}`,
    },
  },
  {
    given: 'receipt before 春节, read on 02-25 (the 调休 Saturday counts, the holiday does not)',
    input: { receivedAt: at('2026-02-12'), now: at('2026-02-25') },
    expected: {
      deemed: false, answerDeadline: '2026-02-26',
      explanation: `申请于2026年2月12日收到，尚未作出受理决定或一次性告知补正，最迟应于2026年2月26日答复；逾期未答复的，${LAW}`,
    },
  },
  {
    given: 'receipt before 春节, read on 02-27',
    input: { receivedAt: at('2026-02-12'), now: at('2026-02-27') },
    expected: {
      deemed: true, answerDeadline: '2026-02-26', acceptedOn: '2026-02-12',
      explanation: `申请于2026年2月12日收到，5个工作日内未作出受理决定或一次性告知补正，${LAW}`,
    },
  },
  {
    given: 'an online receipt on Saturday 03-07, unanswered on Monday 03-16',
    input: { receivedAt: at('2026-03-07', '22:00:00'), now: at('2026-03-16') },
    expected: {
      deemed: true, answerDeadline: '2026-03-13', acceptedOn: '2026-03-07',
      explanation: `申请于2026年3月7日收到，5个工作日内未作出受理决定或一次性告知补正，${LAW}`,
    },
  },
  {
    given: 'a receipt at 17:00Z (01:00 next day in Beijing)',
    input: { receivedAt: '2026-03-01T17:00:00Z', now: at('2026-03-10') },
    expected: {
      deemed: true, answerDeadline: '2026-03-09', acceptedOn: '2026-03-02',
      explanation: `申请于2026年3月2日收到，5个工作日内未作出受理决定或一次性告知补正，${LAW}`,
    },
  },
];

describe('deemedAcceptance', () => {
  it.each(cases)('given $given, when checked, then deemed = $expected.deemed', ({ input, expected }) => {
    expect(deemedAcceptance(input, cal)).toEqual(expected);
  });

  it('given an answer before receipt, when checked, then a RangeError names answeredAt', () => {
    expect(() => deemedAcceptance({ receivedAt: at('2026-03-02'), answeredAt: at('2026-03-01'), now: at('2026-03-10') }, cal))
      .toThrow(/^answeredAt is before receivedAt$/);
  });

  it('given a receipt time without a zone, when checked, then a RangeError names receivedAt', () => {
    expect(() => deemedAcceptance({ receivedAt: '2026-03-02T10:00:00', now: at('2026-03-10') }, cal)).toThrow(/^receivedAt must be/);
  });
});
