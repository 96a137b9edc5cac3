/**
 * A chart: ECharts initialised on mount, `setOption` whenever the option changes (replacing the
 * previous one, so removed series disappear), resized with its box, disposed on unmount. The
 * wrapper div carries the test id and `data-*` attributes saying what data arrived.
 */
import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-options';
import { echarts } from './echarts-setup';

export interface EChartProps {
  option: ChartOption;
  height?: number;
  testId: string;
  /** Extra attributes, e.g. { 'data-series-count': 3 }. */
  data?: Record<`data-${string}`, string | number>;
  ariaLabel?: string;
}

export function EChart({ option, height = 300, testId, data, ariaLabel }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init>>();

  useEffect(() => {
    const el = box.current!;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} data-testid={testId} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} {...data} />;
}
