import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// The first heading after a full page load is not focused (the reader starts at
// the top anyway); after every in-app navigation it is, so screen-reader and
// keyboard users land on the new page's question.
let firstRender = true;

interface Props {
  children: ReactNode;
  /** Plain text for the document title, when children are not a string. */
  title?: string;
  id?: string;
}

export function PageHeading({ children, title, id = 'page-heading' }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const text = title ?? (typeof children === 'string' ? children : '');

  useEffect(() => {
    document.title = text ? `${text} – ${t('service.name')}` : t('service.name');
  }, [text, t]);

  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    // An error summary on arrival (e.g. a 422 sent us here) takes the focus instead.
    if (!document.querySelector('.error-summary')) ref.current?.focus();
  }, []);

  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
