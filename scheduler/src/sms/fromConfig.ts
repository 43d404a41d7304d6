/**
 * Texts as the settings say: the HTTP gateway when SMS_GATEWAY_URL is set;
 * else, outside production and when the caller runs one, the local catcher;
 * else none (texts are off, their outbox rows are skipped saying so). `line`
 * says which, for the start-up log, once.
 */
import type { Config } from '@muni/appointments';
import type { SmsCatcher } from './catcher';
import type { SmsDelivery } from './deliverSms';
import { createHttpGateway, DEFAULT_BODY_TEMPLATES } from './httpGateway';

type SmsConfig = Pick<
  Config,
  | 'NODE_ENV'
  | 'SMS_GATEWAY_URL'
  | 'SMS_GATEWAY_FORMAT'
  | 'SMS_GATEWAY_BODY'
  | 'SMS_GATEWAY_USERNAME'
  | 'SMS_GATEWAY_PASSWORD'
  | 'SMS_GATEWAY_TOKEN'
  | 'SMS_FROM'
  | 'JOIN_GRACE_MINUTES'
  | 'publicUrl'
>;

export function smsDeliveryFromConfig(config: SmsConfig, catcher?: SmsCatcher): { sms: SmsDelivery; line: string } {
  const base = { from: config.SMS_FROM, joinGraceMinutes: config.JOIN_GRACE_MINUTES };
  if (config.SMS_GATEWAY_URL) {
    const provider = createHttpGateway({
      url: config.SMS_GATEWAY_URL,
      format: config.SMS_GATEWAY_FORMAT,
      bodyTemplate: config.SMS_GATEWAY_BODY ?? DEFAULT_BODY_TEMPLATES[config.SMS_GATEWAY_FORMAT],
      username: config.SMS_GATEWAY_USERNAME,
      password: config.SMS_GATEWAY_PASSWORD,
      token: config.SMS_GATEWAY_TOKEN,
    });
    return { sms: { ...base, provider }, line: `texts (SMS): sent through the ${provider.description}` };
  }
  if (catcher && config.NODE_ENV !== 'production') {
    return { sms: { ...base, provider: catcher }, line: `texts (SMS): local catcher, read at ${config.publicUrl}/dev/sms` };
  }
  return { sms: { ...base, provider: null }, line: 'texts (SMS): off, SMS_GATEWAY_URL is not set (the confirmation and reminders go by e-mail only)' };
}
