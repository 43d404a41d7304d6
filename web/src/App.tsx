import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import Home from './pages/Home';
import NotFound from './pages/NotFound';

// Home loads with the shell; everything else is its own chunk so the first
// page and each wizard step stay light.
const Manual = lazy(() => import('./pages/Manual'));
const BookLayout = lazy(() => import('./pages/book/BookLayout'));
const BookIndex = lazy(() => import('./pages/book/BookLayout').then((m) => ({ default: m.BookIndex })));
const MunicipalityStep = lazy(() => import('./pages/book/MunicipalityStep'));
const ModeStep = lazy(() => import('./pages/book/ModeStep'));
const TopicStep = lazy(() => import('./pages/book/TopicStep'));
const DateStep = lazy(() => import('./pages/book/DateStep'));
const DetailsStep = lazy(() => import('./pages/book/DetailsStep'));
const OnBehalfStep = lazy(() => import('./pages/book/OnBehalfStep'));
const RequirementsStep = lazy(() => import('./pages/book/RequirementsStep'));
const EmployeeStep = lazy(() => import('./pages/book/EmployeeStep'));
const DeclarationsStep = lazy(() => import('./pages/book/DeclarationsStep'));
const ReviewStep = lazy(() => import('./pages/book/ReviewStep'));
const DoneStep = lazy(() => import('./pages/book/DoneStep'));
const StartAt = lazy(() => import('./pages/book/StartAt'));
const MyAppointments = lazy(() => import('./pages/appointments/MyAppointments'));
const Reschedule = lazy(() => import('./pages/appointments/Reschedule'));
const AppointmentDetail = lazy(() => import('./pages/appointments/AppointmentDetail'));
const Cancel = lazy(() => import('./pages/appointments/Cancel'));
// The person served's manage link from their e-mails: no sign-in needed.
const ManagePage = lazy(() => import('./pages/manage/ManagePage'));
const ManageReschedule = lazy(() => import('./pages/manage/ManageReschedule'));
const ManageCancel = lazy(() => import('./pages/manage/ManageCancel'));
// Municipal admin: its own chunks, loaded only on /admin.
const AdminLayout = lazy(() => import('./pages/admin/AdminLayout'));
const AdminSettings = lazy(() => import('./pages/admin/SettingsPage'));
const AdminClosures = lazy(() => import('./pages/admin/ClosuresPage'));
const AdminOffices = lazy(() => import('./pages/admin/OfficesPage'));
const AdminOfficeEdit = lazy(() => import('./pages/admin/OfficeEdit'));
const AdminTopics = lazy(() => import('./pages/admin/TopicsPage'));
const AdminTopicEdit = lazy(() => import('./pages/admin/TopicEdit'));
const AdminEmployees = lazy(() => import('./pages/admin/EmployeesPage'));
const AdminEmployeeEdit = lazy(() => import('./pages/admin/EmployeeEdit'));
const AdminInterpreters = lazy(() => import('./pages/admin/InterpretersPage'));
const AdminInterpreterEdit = lazy(() => import('./pages/admin/InterpreterEdit'));
const AdminJoining = lazy(() => import('./pages/admin/JoiningPage'));
// Platform admin: its own chunks, loaded only on /platform.
const PlatformLayout = lazy(() => import('./pages/platform/PlatformLayout'));
const PlatformMunicipalities = lazy(() => import('./pages/platform/MunicipalitiesPage'));
const PlatformNewMunicipality = lazy(() => import('./pages/platform/NewMunicipality'));
const PlatformMunicipality = lazy(() => import('./pages/platform/MunicipalityPage'));
const PlatformInterpreters = lazy(() => import('./pages/platform/InterpretersPage'));
const PlatformInterpreterEdit = lazy(() => import('./pages/platform/InterpreterEdit'));
const PlatformAudit = lazy(() => import('./pages/platform/AuditPage'));
const AdminStatistics = lazy(() => import('./pages/admin/StatisticsPage'));
// The platform administrator's statistics of every municipality (its charts load only there).
const PlatformStatistics = lazy(() => import('./pages/platform/PlatformStatisticsPage'));
// Video call: the join page (its own frame) and the redirect to one's own join link.
// livekit-client loads only inside the join page (CallScreen, lazily).
const JoinLayout = lazy(() => import('./pages/join/JoinLayout'));
const JoinPage = lazy(() => import('./pages/join/JoinPage'));
const CallRedirect = lazy(() => import('./pages/join/CallRedirect'));
// Employee console: its own chunks, never loaded by citizens.
const ConsoleLayout = lazy(() => import('./pages/console/ConsoleLayout'));
const ConsoleDay = lazy(() => import('./pages/console/ConsoleDay'));
const ConsoleAppointment = lazy(() => import('./pages/console/ConsoleAppointment'));
const ConsoleReschedule = lazy(() => import('./pages/console/ConsoleReschedule'));
const ConsoleCancel = lazy(() => import('./pages/console/ConsoleCancel'));
const ConsoleBook = lazy(() => import('./pages/console/ConsoleBook'));

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          element={
            <Suspense fallback={null}>
              <JoinLayout />
            </Suspense>
          }
        >
          <Route path="join/:token" element={<JoinPage />} />
        </Route>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="manual" element={<Manual />} />
          <Route path="book" element={<BookLayout />}>
            <Route index element={<BookIndex />} />
            <Route path="municipality" element={<MunicipalityStep />} />
            <Route path="mode" element={<ModeStep />} />
            <Route path="topic" element={<TopicStep />} />
            <Route path="date" element={<DateStep />} />
            <Route path="details" element={<DetailsStep />} />
            <Route path="on-behalf" element={<OnBehalfStep />} />
            <Route path="requirements" element={<RequirementsStep />} />
            <Route path="employee" element={<EmployeeStep />} />
            <Route path="declarations" element={<DeclarationsStep />} />
            <Route path="review" element={<ReviewStep />} />
            <Route path="done" element={<DoneStep />} />
            {/* Deep links from gov.gr and municipal sites; the pages above are matched first. */}
            <Route path=":slug" element={<StartAt />} />
            <Route path=":slug/:topicId" element={<StartAt />} />
            <Route path="*" element={<NotFound />} />
          </Route>
          <Route path="appointments" element={<MyAppointments />} />
          <Route path="appointments/:id" element={<AppointmentDetail />} />
          <Route path="appointments/:id/reschedule" element={<Reschedule />} />
          <Route path="appointments/:id/cancel" element={<Cancel />} />
          <Route path="manage/:token" element={<ManagePage />} />
          <Route path="manage/:token/reschedule" element={<ManageReschedule />} />
          <Route path="manage/:token/cancel" element={<ManageCancel />} />
          <Route path="call/:appointmentId" element={<CallRedirect />} />
          <Route path="admin" element={<AdminLayout />}>
            <Route index element={<AdminSettings />} />
            <Route path="closures" element={<AdminClosures />} />
            <Route path="offices" element={<AdminOffices />} />
            <Route path="offices/:id" element={<AdminOfficeEdit />} />
            <Route path="topics" element={<AdminTopics />} />
            <Route path="topics/:id" element={<AdminTopicEdit />} />
            <Route path="employees" element={<AdminEmployees />} />
            <Route path="employees/:id" element={<AdminEmployeeEdit />} />
            <Route path="interpreters" element={<AdminInterpreters />} />
            <Route path="interpreters/:id" element={<AdminInterpreterEdit />} />
            <Route path="joining" element={<AdminJoining />} />
            <Route path="statistics" element={<AdminStatistics />} />
            <Route path="*" element={<NotFound />} />
          </Route>
          <Route path="platform" element={<PlatformLayout />}>
            <Route index element={<PlatformMunicipalities />} />
            <Route path="municipalities/new" element={<PlatformNewMunicipality />} />
            <Route path="municipalities/:id" element={<PlatformMunicipality />} />
            <Route path="interpreters" element={<PlatformInterpreters />} />
            <Route path="interpreters/:id" element={<PlatformInterpreterEdit />} />
            <Route path="audit" element={<PlatformAudit />} />
            <Route path="statistics" element={<PlatformStatistics />} />
            <Route path="*" element={<NotFound />} />
          </Route>
          <Route path="console" element={<ConsoleLayout />}>
            <Route index element={<ConsoleDay />} />
            {/* ConsoleLayout itself shows the municipality picker on this path. */}
            <Route path="municipality" element={null} />
            <Route path="book" element={<ConsoleBook />} />
            <Route path="appointments/:id" element={<ConsoleAppointment />} />
            <Route path="appointments/:id/reschedule" element={<ConsoleReschedule />} />
            <Route path="appointments/:id/cancel" element={<ConsoleCancel />} />
            <Route path="*" element={<NotFound />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
