import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import i18n from '../i18n';
import manualEl from '../i18n/manual/el.json';
import manualEn from '../i18n/manual/en.json';

// The manual's long text is its own i18n namespace, bundled with this lazily
// loaded page rather than with the wizard.
i18n.addResourceBundle('el', 'manual', manualEl, true, true);
i18n.addResourceBundle('en', 'manual', manualEn, true, true);

interface Section {
  id: string;
  title: string;
  paragraphs?: string[];
  steps?: string[];
  items?: string[];
  after?: string[];
}

interface Faq {
  q: string;
  a: string;
}

export default function Manual() {
  const { t } = useTranslation('manual');
  const { hash } = useLocation();
  const sections = t('sections', { returnObjects: true }) as Section[];
  const faq = t('faq', { returnObjects: true }) as Faq[];

  // The router does not scroll to #anchors by itself.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);

  return (
    <article className="manual">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <nav aria-labelledby="manual-contents" className="contents">
        <h2 id="manual-contents">{t('contents')}</h2>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
          <li>
            <a href="#faq">{t('faqTitle')}</a>
          </li>
        </ol>
      </nav>
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`}>
          <h2 id={`${s.id}-title`}>{s.title}</h2>
          {s.paragraphs?.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {s.steps && (
            <ol className="list">
              {s.steps.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ol>
          )}
          {s.items && (
            <ul className="list">
              {s.items.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          )}
          {s.after?.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
      <section id="faq" aria-labelledby="faq-title">
        <h2 id="faq-title">{t('faqTitle')}</h2>
        {faq.map((f) => (
          <details key={f.q} className="details">
            <summary>{f.q}</summary>
            <p>{f.a}</p>
          </details>
        ))}
      </section>
      <p>
        <Link to="/book" className="button">
          {t('translation:home.bookButton')}
        </Link>
      </p>
    </article>
  );
}
