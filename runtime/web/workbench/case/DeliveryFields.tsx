/** 统一出件: how the result is issued — 窗口领取 (recipient, date), 邮寄 (address, waybill number) or 电子送达 (e-mail). */
import { Input, Radio, Space, Typography } from 'antd';
import { useT } from '../i18n';
import { DELIVERY_METHODS, type DeliveryDraft } from './delivery';

type TextKey = Exclude<keyof DeliveryDraft, 'method'>;

/** A labelled text input of one draft field (the label above it, tied by id; the id is also the testid). */
function TextField({ id, label, field, draft, set, maxLength, type }: { id: string; label: string; field: TextKey; draft: DeliveryDraft; set(patch: Partial<DeliveryDraft>): void; maxLength?: number; type?: 'date' }) {
  return (
    <div>
      <label htmlFor={id}>
        <Typography.Text>{label}</Typography.Text>
      </label>
      <Input id={id} type={type} value={draft[field]} onChange={(e) => set({ [field]: e.target.value })} maxLength={maxLength} data-testid={id} />
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
          <TextField id="delivery-recipient" label={t('delivery.recipient')} field="recipient" draft={value} set={set} maxLength={100} />
          <TextField id="delivery-date" label={t('delivery.date')} field="date" draft={value} set={set} type="date" />
        </>
      )}
      {value.method === 'post' && (
        <>
          <TextField id="delivery-address" label={t('delivery.address')} field="address" draft={value} set={set} maxLength={300} />
          <TextField id="delivery-waybill" label={t('delivery.waybillNo')} field="waybillNo" draft={value} set={set} maxLength={40} />
          <TextField id="delivery-recipient" label={t('delivery.postRecipient')} field="recipient" draft={value} set={set} maxLength={100} />
        </>
      )}
      {value.method === 'electronic' && (
        <TextField id="delivery-email" label={t('delivery.email')} field="email" draft={value} set={set} maxLength={200} />
      )}
    </Space>
  );
}
