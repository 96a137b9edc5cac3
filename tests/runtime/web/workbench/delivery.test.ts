import { describe, expect, it } from 'vitest';
import { deliveryInput } from '../../../../runtime/web/workbench/case/delivery';

describe('deliveryInput', () => {
  it('takes a window collection with recipient and date', () => {
    expect(deliveryInput({ method: 'window', recipient: ' 张三 ', date: '2026-12-01' })).toEqual({ ok: true, delivery: { method: 'window', recipient: '张三', date: '2026-12-01' } });
    expect(deliveryInput({ method: 'window', date: '12/01' })).toEqual({ ok: false, problems: ['delivery.need.recipient', 'delivery.need.date'] });
  });
  it('takes a post with address and waybill, the addressee optional', () => {
    expect(deliveryInput({ method: 'post', address: '汉江市天宝路8号', waybillNo: 'SF1234567890', recipient: '' })).toEqual({ ok: true, delivery: { method: 'post', address: '汉江市天宝路8号', waybillNo: 'SF1234567890' } });
    expect(deliveryInput({ method: 'post', address: '', waybillNo: '顺丰' })).toEqual({ ok: false, problems: ['delivery.need.address', 'delivery.need.waybillNo'] });
  });
  it('takes an electronic delivery with an optional e-mail, and asks for a method first', () => {
    expect(deliveryInput({ method: 'electronic' })).toEqual({ ok: true, delivery: { method: 'electronic' } });
    expect(deliveryInput({ method: 'electronic', email: 'nope' })).toEqual({ ok: false, problems: ['delivery.need.email'] });
    expect(deliveryInput({})).toEqual({ ok: false, problems: ['delivery.need.method'] });
  });
});
