/** 统一出件: how the result is issued — 窗口领取 (recipient, date), 邮寄 (address, waybill number) or 电子送达 (e-mail). */
import { Input, Radio, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { DELIVERY_METHODS, type DeliveryDraft } from './delivery';

/** A labelled input (the label above it, tied by id). */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id}>
        <Typography.Text>{label}</Typography.Text>
      </label>
      {children}
    </div>
  );
}

export function DeliveryFields({ value, onChange }: { value: DeliveryDraft; onChange(d: DeliveryDraft): void }) {
  const t = useT();
  const set = (patch: Partial<DeliveryDraft>) => onChange({ ...value, ...patch });
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="delivery-form">
      <Radio.Group value={value.method} onChange={(e) => set({ method: e.target.value as DeliveryDraft['method'] })} optionType="button" buttonStyle="solid" aria-label={t('delivery.method')}>
        {DELIVERY_METHODS.map((m) => (
          <Radio.Button key={m} value={m}>
            {/* The test id on the label: antd hands a Radio.Button's own props to its hidden input. */}
            <span data-testid={`delivery-method-${m}`}>{t(`delivery.method.${m}`)}</span>
          </Radio.Button>
        ))}
      </Radio.Group>
      {value.method === 'window' && (
        <>
          <Field id="delivery-recipient" label={t('delivery.recipient')}>
            <Input id="delivery-recipient" value={value.recipient} onChange={(e) => set({ recipient: e.target.value })} maxLength={100} data-testid="delivery-recipient" />
          </Field>
          <Field id="delivery-date" label={t('delivery.date')}>
            <Input id="delivery-date" type="date" value={value.date} onChange={(e) => set({ date: e.target.value })} data-testid="delivery-date" />
          </Field>
        </>
      )}
      {value.method === 'post' && (
        <>
          <Field id="delivery-address" label={t('delivery.address')}>
            <Input id="delivery-address" value={value.address} onChange={(e) => set({ address: e.target.value })} maxLength={300} data-testid="delivery-address" />
          </Field>
          <Field id="delivery-waybill" label={t('delivery.waybillNo')}>
            <Input id="delivery-waybill" value={value.waybillNo} onChange={(e) => set({ waybillNo: e.target.value })} maxLength={40} data-testid="delivery-waybill" />
          </Field>
          <Field id="delivery-recipient" label={t('delivery.postRecipient')}>
            <Input id="delivery-recipient" value={value.recipient} onChange={(e) => set({ recipient: e.target.value })} maxLength={100} data-testid="delivery-recipient" />
          </Field>
        </>
      )}
      {value.method === 'electronic' && (
        <Field id="delivery-email" label={t('delivery.email')}>
          <Input id="delivery-email" value={value.email} onChange={(e) => set({ email: e.target.value })} maxLength={200} data-testid="delivery-email" />
        </Field>
      )}
    </Space>
  );
}
