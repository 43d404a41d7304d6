import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDENTITY_STEPS } from '../../call/rules';

// Simple drawings (no emoji: not every device has an emoji font): a card, its
// back, the card tilted with a glint, the card beside a face.
const card = (extra = '') => <rect x="8" y="16" width="48" height="32" rx="4" fill="#fff" stroke="#003476" strokeWidth="3" transform={extra} />;
const ILLUSTRATION: Record<(typeof IDENTITY_STEPS)[number], ReactNode> = {
  front: (
    <>
      {card()}
      <circle cx="22" cy="30" r="6" fill="#003476" />
      <rect x="32" y="25" width="18" height="3" fill="#003476" />
      <rect x="32" y="32" width="14" height="3" fill="#003476" />
    </>
  ),
  back: (
    <>
      {card()}
      <rect x="14" y="36" width="36" height="6" fill="#003476" />
    </>
  ),
  tilt: (
    <>
      {card('rotate(-20 32 32)')}
      <path d="M44 14 l4 -8 M50 18 l8 -4" stroke="#b05d00" strokeWidth="3" />
    </>
  ),
  face: (
    <>
      <circle cx="20" cy="26" r="12" fill="none" stroke="#003476" strokeWidth="3" />
      <path d="M6 58 q14 -16 28 0" fill="none" stroke="#003476" strokeWidth="3" />
      <rect x="38" y="22" width="22" height="15" rx="2" fill="#fff" stroke="#003476" strokeWidth="3" />
    </>
  ),
};

/**
 * The citizen's guide while the employee checks their identity document
 * (front, back, tilted for the security features, beside the face), and who
 * else sees it: only the interpreter, when the citizen is interpreted; the
 * server keeps everyone else from receiving anything during the step. It opens
 * beside the stage (over its lower part on a phone), where the citizen's own
 * picture is large meanwhile and the interpreter stays in sight.
 */
export function IdentityGuide({ interpreted }: { interpreted: boolean }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const id = useId();
  const current = IDENTITY_STEPS[step]!;
  return (
    <section className="id-guide" aria-labelledby={`${id}-title`} data-testid="identity-guide">
      <h2 id={`${id}-title`}>{t('call.identity.guideTitle')}</h2>
      <ol className="id-steps-list" aria-label={t('call.identity.stepsLabel')}>
        {IDENTITY_STEPS.map((s, i) => (
          <li key={s} aria-current={i === step ? 'step' : undefined}>
            {i + 1}. {t(`call.identity.steps.${s}.short`)}
          </li>
        ))}
      </ol>
      <div className="id-step" aria-live="polite">
        <svg className="id-illustration" viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
          {ILLUSTRATION[current]}
        </svg>
        <div>
          <h3>{t('call.identity.stepOf', { n: step + 1, total: IDENTITY_STEPS.length, title: t(`call.identity.steps.${current}.title`) })}</h3>
          <p>{t(`call.identity.steps.${current}.text`)}</p>
        </div>
      </div>
      <div className="id-nav">
        {step > 0 && (
          <button type="button" className="button button-secondary" onClick={() => setStep(step - 1)}>
            {t('call.identity.previous')}
          </button>
        )}
        {step < IDENTITY_STEPS.length - 1 ? (
          <button type="button" className="button" onClick={() => setStep(step + 1)}>
            {t('call.identity.next')}
          </button>
        ) : (
          <p className="hint">{t('call.identity.lastStep')}</p>
        )}
      </div>
      {/* What to do first (the step and its buttons), then who sees the document and why. */}
      <p className="id-intro">{t('call.identity.guideIntro')}</p>
      <p className="id-who" data-testid="identity-who-sees">
        <strong>{t(interpreted ? 'call.identity.whoSeesInterpreted' : 'call.identity.whoSees')}</strong> {t('call.identity.othersOut')}
      </p>
    </section>
  );
}
