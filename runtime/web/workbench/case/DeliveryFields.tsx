/** 统一出件: how the result is issued — 窗口领取 (recipient, date), 邮寄 (address, waybill number) or 电子送达 (e-mail). */
import { Input, Radio, Space } from 'antd';
import { useT } from '../i18n';
import { DELIVERY_METHODS, type DeliveryDraft } from './delivery';

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
          <Input addonBefore={t('delivery.recipient')} value={value.recipient} onChange={(e) => set({ recipient: e.target.value })} maxLength={100} data-testid="delivery-recipient" aria-label={t('delivery.recipient')} />
          <Input addonBefore={t('delivery.date')} type="date" value={value.date} onChange={(e) => set({ date: e.target.value })} data-testid="delivery-date" aria-label={t('delivery.date')} />
        </>
      )}
      {value.method === 'post' && (
        <>
          <Input addonBefore={t('delivery.address')} value={value.address} onChange={(e) => set({ address: e.target.value })} maxLength={300} data-testid="delivery-address" aria-label={t('delivery.address')} />
          <Input addonBefore={t('delivery.waybillNo')} value={value.waybillNo} onChange={(e) => set({ waybillNo: e.target.value })} maxLength={40} data-testid="delivery-waybill" aria-label={t('delivery.waybillNo')} />
          <Input addonBefore={t('delivery.postRecipient')} value={value.recipient} onChange={(e) => set({ recipient: e.target.value })} maxLength={100} data-testid="delivery-recipient" aria-label={t('delivery.postRecipient')} />
        </>
      )}
      {value.method === 'electronic' && (
        <Input addonBefore={t('delivery.email')} value={value.email} onChange={(e) => set({ email: e.target.value })} maxLength={200} data-testid="delivery-email" aria-label={t('delivery.email')} />
      )}
    </Space>
  );
}
