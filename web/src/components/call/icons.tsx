// Plain line icons for the call's bar and badges (no icon font: every device
// draws them). Always beside a visible label, so hidden from assistive technology.

const Svg = ({ children }: { children: React.ReactNode }) => (
  <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
    {children}
  </svg>
);

const mic = (
  <>
    <rect x="9" y="3" width="6" height="11" rx="3" />
    <path d="M5 11a7 7 0 0 0 14 0M12 18v3" />
  </>
);
const camera = (
  <>
    <rect x="3" y="7" width="12" height="10" rx="2" />
    <path d="M15 11l6-3v8l-6-3z" />
  </>
);
const slash = <path d="M3 3l18 18" />;

export const MicIcon = () => <Svg>{mic}</Svg>;
export const MicOffIcon = () => (
  <Svg>
    {mic}
    {slash}
  </Svg>
);
export const CameraIcon = () => <Svg>{camera}</Svg>;
export const CameraOffIcon = () => (
  <Svg>
    {camera}
    {slash}
  </Svg>
);
export const LeaveIcon = () => (
  <Svg>
    <path d="M3 15c5-5 13-5 18 0l-2 3-4-1v-3a9 9 0 0 0-6 0v3l-4 1z" />
  </Svg>
);
export const PeopleIcon = () => (
  <Svg>
    <circle cx="9" cy="8" r="3" />
    <path d="M3 20a6 6 0 0 1 12 0M16 5a3 3 0 0 1 0 6M18 14a5 5 0 0 1 3 6" />
  </Svg>
);
export const SoundOnlyIcon = () => (
  <Svg>
    <path d="M4 9h4l5-4v14l-5-4H4z" />
    <path d="M16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12" />
  </Svg>
);
export const IdIcon = () => (
  <Svg>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <circle cx="9" cy="12" r="2.5" />
    <path d="M14 10h4M14 14h3" />
  </Svg>
);
