// GENERATED FILE: do not edit. Written by `npm run api:types` (scripts/api-types.ts)
// from the API's OpenAPI document (services/api/src/openapi, served at
// /api/v1/openapi.json). Change the zod schemas there, then run
// `npm run api:types` again; web/src/api/types.ts names these shapes.

export interface paths {
    "/auth/gsis/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in: citizens and companies (Taxisnet)
         * @description Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A same-site path to return to. */
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect to the GSIS authorization page. */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/gsis/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GSIS returns here: citizens and companies (Taxisnet)
         * @description Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    error?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed in; redirect to returnTo. */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad request (e.g. body that is not JSON). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/gsis-gov/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in: municipal employees (public-sector GSIS)
         * @description Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A same-site path to return to. */
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect to the GSIS authorization page. */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/gsis-gov/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GSIS returns here: municipal employees (public-sector GSIS)
         * @description Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    error?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed in; redirect to returnTo. */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad request (e.g. body that is not JSON). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Who may call it: Anyone, signed in or not.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Where to send the browser to end the GSIS session too. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            logoutUrl: string;
                        };
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process answers
         * @description Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ok */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Requests by method, route pattern (never the raw path) and status with their latency; bookings, holds, cancellations, joins and identity checks by status; whether video is up; process metrics. In production only with `Authorization: Bearer <METRICS_TOKEN>` (401 without it or with another; 404 while METRICS_TOKEN is unset); open elsewhere.
         *
         *     Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text exposition format. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database answers and its schema is current; whether video works
         * @description Video down leaves the service ready (200) with status "degraded" and video.reason; the database down or behind gives 503.
         *
         *     Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ready, or degraded while video is down */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "degraded";
                            video: components["schemas"]["VideoStatus"];
                        };
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency (e.g. the video service) is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's session: who they are and the CSRF token for writes
         * @description Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The session (created if there was none). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/municipality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An employee picks the municipality they act for
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        municipalityId: string;
                    };
                };
            };
            responses: {
                /** @description The session's user with the new active municipality. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["EmployeeUser"];
                        };
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the signed-in person
         * @description Who may call it: Anyone signed in (citizen or employee).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How many sessions ended. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionsEnded: number;
                        };
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Municipalities that take appointments
         * @description Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All municipalities. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalitySummary"][];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities/{id}/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service topics of a municipality, optionally for one mode
         * @description Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: {
                    mode?: "in_person" | "phone" | "video";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Active topics (empty for an unknown municipality). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Topic"][];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities/{id}/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Employees a citizen may ask for, for a topic and mode
         * @description Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query: {
                    topicId: string;
                    mode: "in_person" | "phone" | "video";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Display names only. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeOption"][];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free appointment times for a topic and mode over at most 31 days
         * @description Computed in the municipality's time zone (DST-safe), honouring opening hours, holidays and closures, lead time, booking window, buffers, employee hours, absences, existing appointments and live holds; with interpretation, an interpreter must be free too.
         *
         *     Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query: {
                    mode: "in_person" | "phone" | "video";
                    topicId: string;
                    from: string;
                    to: string;
                    employeeId?: string;
                    interpretation?: ("gsl" | "lip_reading") | null;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Free slots, sorted. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FreeSlots"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hold a free time while the booking form is filled in
         * @description One hold per person: a new hold releases the previous one. The hold ends on booking, expiry or release. With requestedEmployeeId the hold is for that employee or refused (409 requested_employee_taken with their nearest free times), never for someone else.
         *
         *     Who may call it: A signed-in citizen, or an employee booking on behalf of a citizen.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        municipalityId: string;
                        /** Format: uuid */
                        topicId: string;
                        /** @enum {string} */
                        mode: "in_person" | "phone" | "video";
                        /** Format: date-time */
                        start: string;
                        /** @default null */
                        interpretation?: ("gsl" | "lip_reading") | null;
                        /** @default null */
                        requestedEmployeeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Held until expiresAt. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Hold"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Release one's hold
         * @description Who may call it: A signed-in citizen, or an employee booking on behalf of a citizen.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Released (or there was nothing to release). */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book an appointment
         * @description Turns the caller's hold into the booking or reserves a free, fairly chosen employee (and interpreter) itself. A requestedEmployeeId is honoured or refused, never swapped: when that employee is not free at the time, 409 requested_employee_taken lists their nearest free times (alternatives) and anyEmployeeFree says the time can still be had with someone else (book again without requestedEmployeeId). PostgreSQL's exclusion constraints decide races: the loser gets 409 slot_taken with the nearest free times before and after (alternatives).
         *
         *     Who may call it: A signed-in citizen, or an employee booking on behalf of a citizen.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A retried request with the same key returns the first booking (200, Idempotent-Replayed: true) and never books twice. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        holdId?: string;
                        /** Format: uuid */
                        municipalityId: string;
                        /** Format: uuid */
                        topicId: string;
                        /** @enum {string} */
                        mode: "in_person" | "phone" | "video";
                        /** Format: date-time */
                        start: string;
                        person: {
                            fullName: string;
                            /** Format: email */
                            email: string;
                            phone: string;
                            /**
                             * @default el
                             * @enum {string}
                             */
                            language?: "el" | "en";
                            /** @description The person agrees to get the confirmation and reminders by SMS too; then phone must be a Greek mobile (69XXXXXXXX, with or without +30). */
                            smsConsent?: boolean;
                        };
                        /**
                         * @default {
                         *       "kind": "self"
                         *     }
                         */
                        onBehalfOf?: {
                            /** @constant */
                            kind: "self";
                        } | {
                            /** @constant */
                            kind: "other";
                            bookerFullName: string;
                        } | {
                            /** @constant */
                            kind: "business";
                            companyTaxId: string;
                            companyName: string;
                            /**
                             * @default declared
                             * @enum {string}
                             */
                            auth?: "company_credentials" | "declared";
                        };
                        /** @default null */
                        interpretation?: ("gsl" | "lip_reading") | null;
                        /** @default null */
                        thirdPerson?: {
                            fullName: string;
                            /** Format: email */
                            email: string;
                        } | null;
                        /** @default null */
                        requestedEmployeeId?: string | null;
                        notes?: string;
                        declarations: {
                            /** @constant */
                            dataTrue: true;
                            /** @constant */
                            privacyRead: true;
                        };
                    };
                };
            };
            responses: {
                /** @description Replay of an earlier request with the same Idempotency-Key. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Booked. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Bad request (e.g. body that is not JSON). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The citizen's own appointments, upcoming and past
         * @description Who may call it: A signed-in citizen.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Upcoming (soonest first) and past (latest first). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyAppointments"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download all the data the service holds about the signed-in citizen (JSON file)
         * @description Their account, every appointment with its history, outcomes and the e-mails sent to them, their sessions (times only) and the audit log's lines about them. No other person's data, no secrets. Audited.
         *
         *     Who may call it: A signed-in citizen.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A JSON file (Content-Disposition: attachment; filename="my-data-YYYY-MM-DD.json"). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonalDataExport"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One appointment (its owner, or staff of its municipality)
         * @description Who may call it: A signed-in citizen, or an employee booking on behalf of a citizen.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The appointment; staff also get its history and e-mails. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AppointmentDetail"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an appointment to another free time
         * @description Keeps the employee: a time they are not free at is refused with 409 requested_employee_taken, their nearest free times (alternatives) and anyEmployeeFree. With anyEmployee: true another free employee may take it (the same one when free). For the employee's free times, ask the slots endpoint with employeeId. Allowed until the change cut-off; bumps the version.
         *
         *     Who may call it: A signed-in citizen, or an employee booking on behalf of a citizen.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        start: string;
                        /**
                         * @description false: the appointment keeps its employee or the move is refused. true: the caller agreed that another free employee may take it.
                         * @default false
                         */
                        anyEmployee?: boolean;
                    };
                };
            };
            responses: {
                /** @description The moved appointment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an appointment (frees the time)
         * @description Who may call it: A signed-in citizen, or an employee booking on behalf of a citizen.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The cancelled appointment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/join-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own join link of a video appointment (the citizen's for the owner; the employee's only for the employee who runs the call, else 403 not_your_call with the holder's name and the take-over path)
         * @description Who may call it: A signed-in citizen, or an employee booking on behalf of a citizen.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Role and link. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JoinLink"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/take-over-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A colleague takes the video call over (after confirming): the previous employee's link stops working (410 link_taken_over) and they leave the room; audited
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller's new employee link; takenOver false when they already ran the call. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TakenOverLink"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The appointment as an iCalendar file
         * @description Who may call it: A signed-in citizen, or an employee booking on behalf of a citizen.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/calendar (METHOD:CANCEL once cancelled). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's appointments for a day or a range (up to 62 days)
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        get: {
            parameters: {
                query?: {
                    /** @description The first day (the municipality's calendar). Required unless q is given; a search without it looks at every date. */
                    date?: string;
                    to?: string;
                    status?: "held" | "booked" | "completed" | "no_show" | "cancelled";
                    mode?: "in_person" | "phone" | "video";
                    employeeId?: string;
                    topicId?: string;
                    /** @description Search: booking reference, name (accents and case ignored), ΑΦΜ of the booking citizen or the company, phone or e-mail. Without a date: the 50 latest matches. */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Appointments with staff-only fields. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Book on behalf of a citizen (desk or phone: e-mail optional, the caller's ΑΦΜ links it to their "My appointments")
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A retried request with the same key returns the first booking (200, Idempotent-Replayed: true) and never books twice. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        holdId?: string;
                        /** Format: uuid */
                        municipalityId: string;
                        /** Format: uuid */
                        topicId: string;
                        /** @enum {string} */
                        mode: "in_person" | "phone" | "video";
                        /** Format: date-time */
                        start: string;
                        person: {
                            fullName: string;
                            /**
                             * Format: email
                             * @description Optional at the desk: without it nobody is e-mailed about this appointment.
                             */
                            email?: string;
                            phone: string;
                            /**
                             * @default el
                             * @enum {string}
                             */
                            language?: "el" | "en";
                            /** @description The person agrees to get the confirmation and reminders by SMS too; then phone must be a Greek mobile (69XXXXXXXX, with or without +30). */
                            smsConsent?: boolean;
                            /** @description The caller's ΑΦΜ: the appointment appears in their "My appointments" after they sign in with Taxisnet. */
                            taxId?: string;
                        };
                        /**
                         * @default {
                         *       "kind": "self"
                         *     }
                         */
                        onBehalfOf?: {
                            /** @constant */
                            kind: "self";
                        } | {
                            /** @constant */
                            kind: "other";
                            bookerFullName: string;
                        } | {
                            /** @constant */
                            kind: "business";
                            companyTaxId: string;
                            companyName: string;
                            /**
                             * @default declared
                             * @enum {string}
                             */
                            auth?: "company_credentials" | "declared";
                        };
                        /** @default null */
                        interpretation?: ("gsl" | "lip_reading") | null;
                        /** @default null */
                        thirdPerson?: {
                            fullName: string;
                            /** Format: email */
                            email: string;
                        } | null;
                        /** @default null */
                        requestedEmployeeId?: string | null;
                        notes?: string;
                        declarations: {
                            /** @constant */
                            dataTrue: true;
                            /** @constant */
                            privacyRead: true;
                        };
                    };
                };
            };
            responses: {
                /** @description Idempotent replay. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Booked. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/appointments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an appointment completed
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The appointment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark that the citizen did not show up
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The appointment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/appointments/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign to a colleague who is free and qualified
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        employeeId: string;
                    };
                };
            };
            responses: {
                /** @description The appointment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/appointments/{id}/third-person-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the third person's invitation with their own join link
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued in the outbox (once per appointment version). */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            notificationId: string;
                            alreadyQueued: boolean;
                        };
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/appointments/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record or correct the outcome of an appointment; the citizen is e-mailed it
         * @description Once the appointment has started, unless it was cancelled or missed (409 outcome_not_applicable). Any staff member of its municipality. Every save is a new version, audited; corrections are accepted for 7 days after the first recording (422 outcome_locked). A correction e-mails the citizen again and drops an earlier outcome e-mail not yet sent. The same outcome again changes nothing (changed: false).
         *
         *     Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "resolved" | "needs_documents" | "follow_up" | "referred";
                        /** @default  */
                        text?: string;
                        /** @default [] */
                        documents?: string[];
                        /**
                         * @description A follow-up by this day (the municipality's calendar), if any.
                         * @default null
                         */
                        followUpOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description The outcome now; citizenNotified false when the booking has no e-mail address (tell them on the phone). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordedOutcome"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/appointments/{id}/citizen-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download, on the citizen's request, the data the municipality holds about the citizen of this appointment (JSON file)
         * @description Only the caller's municipality's appointments of that citizen and what happened to them (no account contacts or sessions). The reason is required and goes to the audit log. 409 no_citizen_account when the appointment is not linked to a citizen's tax number.
         *
         *     Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description A JSON file (Content-Disposition: attachment; filename="citizen-data-YYYY-MM-DD.json"). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonalDataExport"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/appointments/{id}/documents-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail the citizen the documents to bring
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Queued in the outbox. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            notificationId: string;
                        };
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/appointments.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list as a CSV file for Excel (same filters and search as the list)
         * @description UTF-8 with a byte order mark, ";" between cells (the list separator of Greek Windows), CRLF line ends; a header row in the chosen language; times in the municipality's zone. Audited as an export (the filters used and the count, never a search term).
         *
         *     Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        get: {
            parameters: {
                query?: {
                    /** @description The first day (the municipality's calendar). Required unless q is given; a search without it looks at every date. */
                    date?: string;
                    to?: string;
                    status?: "held" | "booked" | "completed" | "no_show" | "cancelled";
                    mode?: "in_person" | "phone" | "video";
                    employeeId?: string;
                    topicId?: string;
                    /** @description Search: booking reference, name (accents and case ignored), ΑΦΜ of the booking citizen or the company, phone or e-mail. Without a date: the 50 latest matches. */
                    q?: string;
                    /** @description Language of the header row, statuses and modes. */
                    lang?: "el" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv, as an attachment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Topics and employees to narrow the console's list by
         * @description Who may call it: An employee acting for their municipality (session with an active municipality).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Inactive ones too: their past appointments are still listed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsoleFilters"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The appointment behind a manage link
         * @description Changes nothing (mail scanners open links). 404 for a token of no appointment; 410 once the appointment changed (manage_link_replaced), was cancelled (appointment_cancelled) or is over (appointment_finished).
         *
         *     Who may call it: Whoever holds the person served's manage link from their e-mails: the token in the path is the credential (no session, no CSRF token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The appointment and whether it can still be changed (canChange, changeDeadline). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagedAppointment"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new time through the manage link
         * @description As a citizen's own reschedule: until the municipality's cut-off (422 change_cutoff_passed), keeping the employee unless anyEmployee. The link is spent: the answer and the e-mail of the change carry the new one.
         *
         *     Who may call it: Whoever holds the person served's manage link from their e-mails: the token in the path is the credential (no session, no CSRF token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        start: string;
                        /**
                         * @description false: the appointment keeps its employee or the move is refused. true: the caller agreed that another free employee may take it.
                         * @default false
                         */
                        anyEmployee?: boolean;
                    };
                };
            };
            responses: {
                /** @description The moved appointment and its new manage link. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagedChange"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel through the manage link
         * @description Until the municipality's cut-off (422 change_cutoff_passed).
         *
         *     Who may call it: Whoever holds the person served's manage link from their e-mails: the token in the path is the credential (no session, no CSRF token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The cancelled appointment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagedChange"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A short link from a text
         * @description Redirects to the recipient's own join link (a video call) or manage link of the appointment version the text was sent for. Unknown, mistyped, expired (after the join link's grace, or the end for a manage link) or replaced (the appointment changed or was cancelled): a bilingual HTML page with status 404 and code short_link_unknown, the same for every case. Rate-limited per address (30 a minute).
         *
         *     Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ten letters and digits. */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Location: the join or manage link. */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The link does not work (page for people). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/join/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a join link opens: appointment, role, whether the call window is open
         * @description Who may call it: Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The join page's facts. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JoinInfo"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Join the call: LiveKit server URL, room and a short-lived token for this role
         * @description Who may call it: Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Connection details. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JoinGrant"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency (e.g. the video service) is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{token}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is in the call and who waits in the lobby (employee link)
         * @description Who may call it: Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Participants, attendance and the call state. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CallParticipants"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency (e.g. the video service) is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{token}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The call's state as this link's holder may know it (any role's link)
         * @description The room metadata says only that the identity check ended; the employee, the citizen and the interpreter of an interpreted citizen ask here how. Everyone else reads ended.
         *
         *     Who may call it: Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The call state. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CallStateAnswer"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error. */
                425: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{token}/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admit a participant from the waiting room (employee link)
         * @description Who may call it: Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        identity: string;
                    };
                };
            };
            responses: {
                /** @description Admitted. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantAdmitted"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency (e.g. the video service) is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{token}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a participant from the call (employee link)
         * @description Who may call it: Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        identity: string;
                    };
                };
            };
            responses: {
                /** @description Removed; they wait again if they rejoin. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipantRemoved"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency (e.g. the video service) is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{token}/identity-check/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the identity-document step (employee link)
         * @description Who may call it: Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Started: the new state, and whether the proof of representation is checked too. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IdentityCheckStarted"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency (e.g. the video service) is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{token}/identity-check/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the identity check's checklist and outcome (no images are stored)
         * @description Who may call it: Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        documentType: "id_card" | "passport" | "residence_permit" | "driving_licence";
                        checklist: {
                            front: boolean;
                            back: boolean;
                            securityFeatures: boolean;
                            faceMatch: boolean;
                            /** @description The proof that the person represents the business: needed to verify a booking on behalf of a business whose link is only declared. */
                            representation?: boolean;
                        };
                        /**
                         * @description representation_not_proven: identified, but not shown to represent the business the appointment was booked for (business bookings only).
                         * @enum {string}
                         */
                        outcome: "verified" | "failed" | "aborted_poor_quality" | "representation_not_proven";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Recorded. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IdentityCheckRecorded"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency (e.g. the video service) is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{token}/audio-only": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch to audio only (or back), enforced server-side; allowed after the identity check
         * @description Who may call it: Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audioOnly: boolean;
                    };
                };
            };
            responses: {
                /** @description The new state. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CallStateAnswer"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The link has expired or was revoked (the appointment changed, was cancelled or is over). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; Retry-After says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency (e.g. the video service) is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/video/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the service's video server works now
         * @description The call page asks while its own connection is down, to tell "the service's video server is unreachable" from "your connection is poor".
         *
         *     Who may call it: Anyone, signed in or not.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up, or down with why. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VideoStatus"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/video/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * LiveKit webhook events (attendance)
         * @description Who may call it: LiveKit: the Authorization header carries a JWT signed over the body (no session, no CSRF token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Whether the event changed the attendance record. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookReceipt"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency (e.g. the video service) is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's settings
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Settings. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalitySettings"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change settings (any subset; the merged whole is checked). New opening hours that leave booked appointments outside them: 409 appointments_affected with the list, then send again with affectedAppointments: move or cancel
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: {
                            el: string;
                            en: string;
                        };
                        timeZone?: string;
                        modes?: ("in_person" | "phone" | "video")[];
                        durations?: {
                            [key: string]: number;
                        };
                        openingHours?: {
                            [key: string]: {
                                start: string;
                                end: string;
                            }[];
                        };
                        bookingWindowDays?: number;
                        minLeadMinutes?: number;
                        bufferMinutes?: number;
                        holdMinutes?: number;
                        changeCutoffMinutes?: number;
                        allowThirdPerson?: boolean;
                        thirdPersonInviteOnBooking?: boolean;
                        reminderOffsetsMinutes?: number[];
                        publicHolidaysClosed?: boolean;
                        phone?: string | null;
                        email?: string | null;
                        /** @enum {string} */
                        affectedAppointments?: "move" | "cancel";
                    };
                };
            };
            responses: {
                /** @description Settings, and what became of the appointments the new hours left out. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SettingsSaved"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Local holidays and one-off closures
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Closures, by date. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Closure"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a closure
         * @description Nothing stays booked in a closed time. When booked appointments fall inside it and `affectedAppointments` is left out, nothing is written and the answer is 409 `appointments_affected` listing them (`error.affectedAppointments`). Sent again with `move`, each goes to the nearest free time after the start of the closed day (or of the absence) with the same topic, mode and interpretation, within the booking window: its own employee's nearest free time if they have one, otherwise anyone's; with none free it is cancelled. With `cancel`, each is cancelled. Everyone concerned gets an e-mail saying why (their own new join link when moved).
         *
         *     Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        /** @default false */
                        recurringYearly?: boolean;
                        label: string;
                        /** @enum {string} */
                        affectedAppointments?: "move" | "cancel";
                    };
                };
            };
            responses: {
                /** @description The closure, and what became of the appointments booked on it. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClosureCreated"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/closures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a closure
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Greek public holidays of a year (Orthodox Easter and movable feasts included) with local closures
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The year's closed days. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClosedDays"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the municipality's offices
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The offices. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Office"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a office
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        address: string;
                        floor?: string | null;
                        directions?: string | null;
                    };
                };
            };
            responses: {
                /** @description The new office. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Office"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/offices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a office (any subset of fields)
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        address?: string;
                        floor?: string | null;
                        directions?: string | null;
                    };
                };
            };
            responses: {
                /** @description The office. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Office"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a office
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the municipality's topics
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The topics. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminTopic"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a topic
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: {
                            el: string;
                            en: string;
                        };
                        modes: ("in_person" | "phone" | "video")[];
                        durations?: {
                            [key: string]: number | null;
                        };
                        /** @default [] */
                        requiredDocuments?: {
                            el: string;
                            en: string;
                        }[];
                        /** @default true */
                        active?: boolean;
                        employeeIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The new topic. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminTopic"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One topic
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The topic. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminTopic"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change a topic (any subset of fields)
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: {
                            el: string;
                            en: string;
                        };
                        modes?: ("in_person" | "phone" | "video")[];
                        durations?: {
                            [key: string]: number | null;
                        };
                        requiredDocuments?: {
                            el: string;
                            en: string;
                        }[];
                        active?: boolean;
                        employeeIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The topic. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminTopic"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a topic
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the municipality's employees
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Employees. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminEmployee"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an employee
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        taxId: string;
                        fullName: string;
                        /** Format: email */
                        email: string;
                        /** @default null */
                        officeId?: string | null;
                        modes: ("in_person" | "phone" | "video")[];
                        /** @default null */
                        workingHours?: {
                            [key: string]: {
                                start: string;
                                end: string;
                            }[];
                        } | null;
                        /** @default false */
                        isAdmin?: boolean;
                        /** @default true */
                        active?: boolean;
                        topicIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The employee. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminEmployee"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/employees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One employee
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The employee. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminEmployee"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change an employee (any subset of fields)
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName?: string;
                        /** Format: email */
                        email?: string;
                        officeId?: string | null;
                        modes?: ("in_person" | "phone" | "video")[];
                        workingHours?: {
                            [key: string]: {
                                start: string;
                                end: string;
                            }[];
                        } | null;
                        isAdmin?: boolean;
                        active?: boolean;
                        topicIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The employee. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminEmployee"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/employees/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An employee's absences
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Absences, earliest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record an absence
         * @description Nothing stays booked in a closed time. When booked appointments fall inside it and `affectedAppointments` is left out, nothing is written and the answer is 409 `appointments_affected` listing them (`error.affectedAppointments`). Sent again with `move`, each goes to the nearest free time after the start of the closed day (or of the absence) with the same topic, mode and interpretation, within the booking window: its own employee's nearest free time if they have one, otherwise anyone's; with none free it is cancelled. With `cancel`, each is cancelled. Everyone concerned gets an e-mail saying why (their own new join link when moved).
         *
         *     Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        start: string;
                        /** Format: date-time */
                        end: string;
                        reason?: string | null;
                        /** @enum {string} */
                        affectedAppointments?: "move" | "cancel";
                    };
                };
            };
            responses: {
                /** @description The absence, and what became of the employee's appointments booked inside it. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AbsenceCreated"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/employees/{id}/absences/{absenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an absence
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    absenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/interpreters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interpreters of the municipality's pool
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Interpreters. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interpreter"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an interpreter
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName: string;
                        /** Format: email */
                        email: string;
                        kinds: ("gsl" | "lip_reading")[];
                        workingHours: {
                            [key: string]: {
                                start: string;
                                end: string;
                            }[];
                        };
                        timeZone?: string;
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description The interpreter. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interpreter"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/interpreters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change an interpreter (any subset of fields). Deactivating, or dropping a kind, while upcoming appointments need them: 409 interpreter_has_appointments with their references
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName?: string;
                        /** Format: email */
                        email?: string;
                        kinds?: ("gsl" | "lip_reading")[];
                        workingHours?: {
                            [key: string]: {
                                start: string;
                                end: string;
                            }[];
                        };
                        timeZone?: string;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description The interpreter. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interpreter"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove an interpreter
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/joining": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The joining form: status, contact and what it still lacks
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The joining form. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Joining"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change the joining form's contact (any subset; null clears)
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactName?: string | null;
                        contactEmail?: string | null;
                        contactPhone?: string | null;
                    };
                };
            };
            responses: {
                /** @description The joining form. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Joining"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/shared-interpreters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interpreters of the shared pool who serve the municipality (read-only; the platform admin links them)
         * @description Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Interpreters. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interpreter"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/joining/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the joining form for the platform admin's approval
         * @description Refused with 422 joining_incomplete and `error.missing` while something lacks (a bookable topic, opening hours, the contact); 409 when already submitted or joined.
         *
         *     Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The submitted form. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Joining"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/act-as-admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The platform admin switches acting as platform admin on or off
         * @description Who may call it: The platform administrator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description The new state. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActingAsPlatformAdmin"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Municipalities on the platform, optionally in one status
         * @description The lifecycle: draft (its admin fills in the joining form) → submitted (POST …/joining/submit) → active (approve; citizens see it and book) ↔ deactivated. Send-back returns a submitted form to draft with a comment. Deactivation stops new bookings; booked appointments stand and can still be changed or cancelled. A step from the wrong status is 409 wrong_municipality_status.
         *
         *     Who may call it: The platform administrator.
         */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "submitted" | "active" | "deactivated";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Municipalities by name. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlatformMunicipality"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Onboard a municipality (a draft) with its first administrator
         * @description Who may call it: The platform administrator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        slug: string;
                        name: {
                            el: string;
                            en: string;
                        };
                        /** @default Europe/Athens */
                        timeZone?: string;
                        admin: {
                            taxId: string;
                            fullName: string;
                            /** Format: email */
                            email: string;
                        };
                    };
                };
            };
            responses: {
                /** @description The municipality's settings and its admin. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalityCreated"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/municipalities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A municipality's joining form, topics and admins, for review
         * @description The lifecycle: draft (its admin fills in the joining form) → submitted (POST …/joining/submit) → active (approve; citizens see it and book) ↔ deactivated. Send-back returns a submitted form to draft with a comment. Deactivation stops new bookings; booked appointments stand and can still be changed or cancelled. A step from the wrong status is 409 wrong_municipality_status.
         *
         *     Who may call it: The platform administrator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The review. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalityReview"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/municipalities/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted joining form: the municipality becomes active
         * @description The form is checked again: 422 joining_incomplete with `error.missing` if something was removed since.
         *
         *     Who may call it: The platform administrator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The municipality's review as it now stands. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalityReview"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/municipalities/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a submitted joining form back to draft with a comment
         * @description Who may call it: The platform administrator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description The municipality's review as it now stands. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalityReview"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/municipalities/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an active municipality (no new bookings; booked ones stand)
         * @description Who may call it: The platform administrator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The municipality's review as it now stands. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalityReview"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/municipalities/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a deactivated municipality again
         * @description Who may call it: The platform administrator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The municipality's review as it now stands. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MunicipalityReview"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/municipalities/{id}/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a person (by tax number) an administrator of the municipality
         * @description Their employee record there gets the admin role (and is active), or one is created.
         *
         *     Who may call it: The platform administrator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        taxId: string;
                        fullName: string;
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description The administrator's employee record. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminEmployee"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/municipalities/{id}/admins/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take the admin role away (the employee record stays)
         * @description 409 last_admin for the only active administrator.
         *
         *     Who may call it: The platform administrator.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    employeeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/interpreters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The shared interpreter pool
         * @description Who may call it: The platform administrator.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pool interpreters with the municipalities each serves. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PoolInterpreter"][];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an interpreter to the shared pool
         * @description Who may call it: The platform administrator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName: string;
                        /** Format: email */
                        email: string;
                        kinds: ("gsl" | "lip_reading")[];
                        workingHours: {
                            [key: string]: {
                                start: string;
                                end: string;
                            }[];
                        };
                        timeZone?: string;
                        /** @default true */
                        active?: boolean;
                        municipalityIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The interpreter. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PoolInterpreter"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/interpreters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a pool interpreter (any subset; municipalityIds replaces the list). Deactivating, or dropping a kind, while upcoming appointments need them: 409 interpreter_has_appointments
         * @description Who may call it: The platform administrator.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName?: string;
                        /** Format: email */
                        email?: string;
                        kinds?: ("gsl" | "lip_reading")[];
                        workingHours?: {
                            [key: string]: {
                                start: string;
                                end: string;
                            }[];
                        };
                        timeZone?: string;
                        active?: boolean;
                        municipalityIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The interpreter. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PoolInterpreter"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or belongs to another municipality). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first, a page at a time
         * @description Filters: municipality, action, from/to (Greek calendar days, inclusive). Keyset paging: pass the answer's nextBefore as `before`.
         *
         *     Who may call it: The platform administrator.
         */
        get: {
            parameters: {
                query?: {
                    municipalityId?: string;
                    action?: string;
                    from?: string;
                    to?: string;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of the log. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's statistics over a period
         * @description Appointments (not holds) starting in [from, to), days in Greek time. Lead time: booking to start. Waiting: the citizen's first connection to being let in. Call length: from then to the last participant leaving.
         *
         *     Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query: {
                    /** @description The first day (YYYY-MM-DD, Greek time). */
                    from: string;
                    /** @description The day after the last (YYYY-MM-DD): [from, to). At most 400 days after from. */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statistics. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statistics"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/municipality/statistics.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One table of the municipality's statistics as a CSV file
         * @description One table as text/csv: UTF-8 with a byte order mark, ";" between cells, CRLF line ends, a header row in the chosen language; "< 5" and "—" for hidden counts. Audited as an export.
         *
         *     Who may call it: An administrator of the municipality the employee acts for; always that municipality, never one from the URL.
         */
        get: {
            parameters: {
                query: {
                    /** @description The first day (YYYY-MM-DD, Greek time). */
                    from: string;
                    /** @description The day after the last (YYYY-MM-DD): [from, to). At most 400 days after from. */
                    to: string;
                    table: "outcomes" | "municipalities" | "topics" | "modes" | "offices" | "employees" | "timings" | "video" | "interpreting" | "identityChecks";
                    /** @description Language of the header row and labels. */
                    lang?: "el" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv, as an attachment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics of every municipality over a period (the ministry's view)
         * @description Appointments (not holds) starting in [from, to), days in Greek time. Lead time: booking to start. Waiting: the citizen's first connection to being let in. Call length: from then to the last participant leaving.
         *
         *     Who may call it: The platform administrator.
         */
        get: {
            parameters: {
                query: {
                    /** @description The first day (YYYY-MM-DD, Greek time). */
                    from: string;
                    /** @description The day after the last (YYYY-MM-DD): [from, to). At most 400 days after from. */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statistics. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statistics"];
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/statistics.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One table of the platform's statistics as a CSV file
         * @description One table as text/csv: UTF-8 with a byte order mark, ";" between cells, CRLF line ends, a header row in the chosen language; "< 5" and "—" for hidden counts. Audited as an export.
         *
         *     Who may call it: The platform administrator.
         */
        get: {
            parameters: {
                query: {
                    /** @description The first day (YYYY-MM-DD, Greek time). */
                    from: string;
                    /** @description The day after the last (YYYY-MM-DD): [from, to). At most 400 days after from. */
                    to: string;
                    table: "outcomes" | "municipalities" | "topics" | "modes" | "offices" | "employees" | "timings" | "video" | "interpreting" | "identityChecks";
                    /** @description Language of the header row and labels. */
                    lang?: "el" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv, as an attachment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Sign-in required. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this caller (or missing/wrong CSRF token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid input: code invalid_input (or a rule code) and the field at fault. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every 4xx/5xx answer. */
        Error: {
            error: {
                /** @example slot_taken */
                code: string;
                message: components["schemas"]["LocalizedText"];
                /** @description The input field at fault, as a dotted path (e.g. person.email). */
                field?: string;
                /** @description On 409 slot_taken and requested_employee_taken: the nearest free times before and after the lost one, in time order (for a requested employee, or the appointment's own at a reschedule: only theirs). */
                alternatives?: components["schemas"]["Slot"][];
                /** @description On 409 requested_employee_taken: another employee is free at the lost time, so the caller may keep that time without the employee (book without requestedEmployeeId, or reschedule with anyEmployee: true). */
                anyEmployeeFree?: boolean;
                /** @description On 409 appointments_affected: the booked appointments a new closure or absence would cover, by time. Send the request again with affectedAppointments: move or cancel. */
                affectedAppointments?: components["schemas"]["AffectedAppointment"][];
                /** @description On 422 joining_incomplete: what the joining form still lacks. */
                missing?: {
                    code: string;
                    message: components["schemas"]["LocalizedText"];
                }[];
                /**
                 * @description On 410 from a join link (replaced, cancelled, ended): whose link it was, so the page says what that person can do (a guest has no "My appointments").
                 * @enum {string}
                 */
                linkRole?: "citizen" | "employee" | "interpreter" | "third_person";
            };
        };
        /** @description Greek first, English second. */
        LocalizedText: {
            el: string;
            en: string;
        };
        Slot: {
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            end: string;
        };
        AffectedAppointment: {
            /** Format: uuid */
            id: string;
            reference: string | null;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            end: string;
            mode: components["schemas"]["Mode"];
            topic: components["schemas"]["LocalizedText"];
            employeeName: string;
            personFullName: string | null;
        };
        /** @enum {string} */
        Mode: "in_person" | "phone" | "video";
        /** @description Whether the service's video server works right now (checked at most every few seconds). */
        VideoStatus: {
            /** @constant */
            status: "up";
        } | {
            /** @constant */
            status: "down";
            reason: components["schemas"]["VideoDownReason"];
        };
        /**
         * @description not_configured: no LiveKit here; restarting: the local LiveKit stopped and is being started again; unreachable: LiveKit does not answer.
         * @enum {string}
         */
        VideoDownReason: "not_configured" | "restarting" | "unreachable";
        Session: {
            /** @description Send it as X-CSRF-Token on every write. */
            csrfToken: string;
            user: (components["schemas"]["CitizenUser"] | components["schemas"]["EmployeeUser"]) | null;
        };
        CitizenUser: {
            /** @constant */
            kind: "citizen";
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            taxId: string;
            isCompany: boolean;
            email: string | null;
            phone: string | null;
            platformAdmin: boolean;
            /** @description This session acts as platform administrator (POST /api/v1/platform/act-as-admin). */
            actingAsPlatformAdmin: boolean;
        };
        EmployeeUser: {
            /** @constant */
            kind: "employee";
            taxId: string;
            fullName: string;
            memberships: {
                /** Format: uuid */
                employeeId: string;
                /** Format: uuid */
                municipalityId: string;
                municipalityName: components["schemas"]["LocalizedText"];
                isAdmin: boolean;
            }[];
            activeMunicipalityId: string | null;
        };
        MunicipalitySummary: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: components["schemas"]["LocalizedText"];
            /** @example Europe/Athens */
            timeZone: string;
            modes: components["schemas"]["Mode"][];
            allowThirdPerson: boolean;
            /** @description true: the third person's invitation is e-mailed when the appointment is booked; false: the employee sends it from the console. */
            thirdPersonInviteOnBooking: boolean;
            holdMinutes: number;
        };
        Topic: {
            /** Format: uuid */
            id: string;
            name: components["schemas"]["LocalizedText"];
            modes: components["schemas"]["Mode"][];
            /** @description Minutes per mode the topic is offered in. */
            durationMinutes: {
                in_person?: number;
                phone?: number;
                video?: number;
            };
            requiredDocuments: components["schemas"]["LocalizedText"][];
        };
        /** @description An employee a citizen may ask for (display name only). */
        EmployeeOption: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        /** @description Free start times in UTC; show them in timeZone. */
        FreeSlots: {
            timeZone: string;
            durationMinutes: number;
            slots: components["schemas"]["Slot"][];
        };
        Hold: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            expiresAt: string;
        };
        Appointment: {
            /** Format: uuid */
            id: string;
            /** @example K7M-2PQ-9XR */
            reference: string;
            /** @enum {string} */
            status: "booked" | "completed" | "no_show" | "cancelled";
            /** @description Bumped by every change (reschedule, cancel, reassign). */
            version: number;
            municipality: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
                timeZone: string;
                /** @description The municipality's public phone, if it gave one. */
                phone: string | null;
                /** @description The municipality's public e-mail, if it gave one: the way to reach it for those who cannot ring. */
                email: string | null;
            };
            topic: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
                requiredDocuments: components["schemas"]["LocalizedText"][];
            };
            mode: components["schemas"]["Mode"];
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            end: string;
            employee: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            interpretation: components["schemas"]["Interpretation"] | null;
            thirdPerson: {
                fullName: string;
            } | null;
            person: {
                fullName: string;
                /** @description Null for a desk or phone booking without an e-mail. */
                email: string | null;
                /** @description Null once the personal data are purged. */
                phone: string | null;
                /** @description The mobile (E.164) the confirmation, reminders and changes are also texted to, or instead of e-mail for a desk booking without one; null: no texts. */
                textsTo: string | null;
                /** @enum {string} */
                language: "el" | "en";
            };
            onBehalfOf: {
                /** @constant */
                kind: "self";
            } | {
                /** @constant */
                kind: "other";
                bookerFullName: string | null;
            } | {
                /** @constant */
                kind: "business";
                companyTaxId: string | null;
                companyName: string | null;
                /** @enum {string} */
                auth: "company_credentials" | "declared";
            };
            office: {
                name: string;
                address: string;
                floor: string | null;
                directions: string | null;
            } | null;
            canChange: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            changeDeadline: string;
            /** @description What came of it; null until staff record it. */
            outcome: components["schemas"]["Outcome"] | null;
            /** @description Staff answers only. */
            notes?: string | null;
            /** @description Staff answers only: the employee the citizen asked for, if any. */
            requestedEmployee?: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
        };
        /** @enum {string} */
        Interpretation: "gsl" | "lip_reading";
        /** @description What came of the appointment, as recorded by staff; the citizen is e-mailed it. */
        Outcome: {
            kind: components["schemas"]["OutcomeKind"];
            /** @description For the citizen, in the employee's words (may be empty). */
            text: string;
            /** @description Documents the citizen is to send or bring. */
            documents: string[];
            /**
             * Format: date
             * @description A follow-up by this day (the municipality's calendar).
             */
            followUpOn: string | null;
            /** @description 1 when first recorded; each correction adds one. */
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            recordedAt: string;
            /** @description The employee who recorded this version, as the e-mails name employees. */
            recordedBy: string;
            /**
             * Format: date-time
             * @description Corrections are accepted until then.
             * @example 2026-11-24T06:00:00.000Z
             */
            editableUntil: string;
        };
        /** @enum {string} */
        OutcomeKind: "resolved" | "needs_documents" | "follow_up" | "referred";
        MyAppointments: {
            upcoming: components["schemas"]["Appointment"][];
            past: components["schemas"]["Appointment"][];
        };
        /** @description Everything the service holds about the citizen; no other person's data (a third person's or interpreter's details, employees' ids), no secrets (session ids, link tokens). */
        PersonalDataExport: {
            /** @constant */
            format: "muni-appointments/personal-data@1";
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            exportedAt: string;
            scope: {
                /** @constant */
                kind: "all";
            } | {
                /** @constant */
                kind: "municipality";
                municipality: components["schemas"]["LocalizedText"];
            };
            person: {
                taxId: string;
                firstName: string;
                lastName: string;
                /** @enum {string} */
                kind: "person" | "company";
                /** @description The citizen's own download only. */
                email?: string | null;
                /** @description The citizen's own download only. */
                phone?: string | null;
                language?: string;
            };
            appointments: {
                /** Format: uuid */
                id: string;
                reference: string | null;
                /** @enum {string} */
                status: "booked" | "completed" | "no_show" | "cancelled";
                mode: components["schemas"]["Mode"];
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                start: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                end: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                bookedAt: string;
                cancelledAt: string | null;
                municipality: components["schemas"]["LocalizedText"];
                topic: components["schemas"]["LocalizedText"];
                /** @description As the e-mails name the employee. */
                employee: string;
                interpretation: ("gsl" | "lip_reading") | null;
                person: {
                    fullName: string | null;
                    email: string | null;
                    phone: string | null;
                    language: string;
                };
                onBehalfOf: {
                    /** @enum {string} */
                    kind: "self" | "other" | "business";
                    bookerFullName?: string | null;
                    companyName?: string | null;
                    companyTaxId?: string | null;
                };
                /** @description The third person's own details are theirs, not in this file. */
                thirdPersonInvited: boolean;
                notes: string | null;
                declaredTrueAt: string | null;
                privacyReadAt: string | null;
                history: {
                    /**
                     * Format: date-time
                     * @example 2026-11-24T06:00:00.000Z
                     */
                    at: string;
                    action: string;
                    by: string;
                }[];
                /** @description Every version, oldest first. */
                outcomes: {
                    kind: components["schemas"]["OutcomeKind"];
                    /** @description For the citizen, in the employee's words (may be empty). */
                    text: string;
                    /** @description Documents the citizen is to send or bring. */
                    documents: string[];
                    /**
                     * Format: date
                     * @description A follow-up by this day (the municipality's calendar).
                     */
                    followUpOn: string | null;
                    /** @description 1 when first recorded; each correction adds one. */
                    version: number;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T06:00:00.000Z
                     */
                    recordedAt: string;
                    /** @description The employee who recorded this version, as the e-mails name employees. */
                    recordedBy: string;
                }[];
                /** @description E-mails to the person served: kind, address, status and times (not the bodies). */
                emails: {
                    kind: string;
                    to: string;
                    status: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T06:00:00.000Z
                     */
                    due: string;
                    sentAt: string | null;
                }[];
            }[];
            /** @description The citizen's own download only: when they were signed in (never a session's id). */
            sessions?: {
                kind: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                lastSeenAt: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                expiresAt: string;
            }[];
            /** @description The audit log's lines about them or their appointments; the address only of their own actions, in their own download. */
            activity: {
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                at: string;
                action: string;
                /** @enum {string} */
                by: "citizen" | "employee" | "platform_admin" | "system";
                ip?: string | null;
            }[];
        };
        AppointmentDetail: {
            /** Format: uuid */
            id: string;
            /** @example K7M-2PQ-9XR */
            reference: string;
            /** @enum {string} */
            status: "booked" | "completed" | "no_show" | "cancelled";
            /** @description Bumped by every change (reschedule, cancel, reassign). */
            version: number;
            municipality: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
                timeZone: string;
                /** @description The municipality's public phone, if it gave one. */
                phone: string | null;
                /** @description The municipality's public e-mail, if it gave one: the way to reach it for those who cannot ring. */
                email: string | null;
            };
            topic: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
                requiredDocuments: components["schemas"]["LocalizedText"][];
            };
            mode: components["schemas"]["Mode"];
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            end: string;
            employee: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            interpretation: components["schemas"]["Interpretation"] | null;
            thirdPerson: {
                fullName: string;
            } | null;
            person: {
                fullName: string;
                /** @description Null for a desk or phone booking without an e-mail. */
                email: string | null;
                /** @description Null once the personal data are purged. */
                phone: string | null;
                /** @description The mobile (E.164) the confirmation, reminders and changes are also texted to, or instead of e-mail for a desk booking without one; null: no texts. */
                textsTo: string | null;
                /** @enum {string} */
                language: "el" | "en";
            };
            onBehalfOf: {
                /** @constant */
                kind: "self";
            } | {
                /** @constant */
                kind: "other";
                bookerFullName: string | null;
            } | {
                /** @constant */
                kind: "business";
                companyTaxId: string | null;
                companyName: string | null;
                /** @enum {string} */
                auth: "company_credentials" | "declared";
            };
            office: {
                name: string;
                address: string;
                floor: string | null;
                directions: string | null;
            } | null;
            canChange: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            changeDeadline: string;
            /** @description What came of it; null until staff record it. */
            outcome: components["schemas"]["Outcome"] | null;
            /** @description Staff answers only. */
            notes?: string | null;
            /** @description Staff answers only: the employee the citizen asked for, if any. */
            requestedEmployee?: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            /** @description Staff answers only: what happened, by whom, at which version. */
            history?: {
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                at: string;
                /** @example rescheduled */
                action: string;
                actor: {
                    /** @enum {string} */
                    kind: "citizen" | "employee" | "system";
                    id: string | null;
                };
                version: number;
                details: {
                    [key: string]: unknown;
                };
            }[];
            /** @description Staff answers only: e-mails sent, waiting or failed for good. */
            emails?: {
                /** @example confirmation */
                kind: string;
                recipient: string;
                /**
                 * @description Whose e-mail: the person served, the interpreter or the third person.
                 * @enum {string}
                 */
                role: "citizen" | "interpreter" | "third_person";
                /**
                 * @description held_back: the address already got the most e-mails a day allows for an address that did not book; never sent.
                 * @enum {string}
                 */
                status: "pending" | "sent" | "failed" | "skipped" | "held_back";
                attempts: number;
                lastError: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                due: string;
                sentAt: string | null;
            }[];
            /** @description Staff answers only: who interprets, to reach them (null without interpreting). */
            interpreter?: {
                name: string;
                /** Format: email */
                email: string;
            } | null;
        };
        /** @description The caller's own join link: the citizen's for the owner, the employee's for staff. */
        JoinLink: {
            /** @enum {string} */
            role: "citizen" | "employee";
            /** @example /join/3q2N… */
            path: string;
            /** @description The same path on the public site. */
            url: string;
        };
        TakenOverLink: {
            /** @enum {string} */
            role: "citizen" | "employee";
            /** @example /join/3q2N… */
            path: string;
            /** @description The same path on the public site. */
            url: string;
            takenOver: boolean;
        };
        RecordedOutcome: {
            outcome: components["schemas"]["Outcome"];
            changed: boolean;
            citizenNotified: boolean;
        };
        /** @description Every topic and employee of the municipality, active ones first. */
        ConsoleFilters: {
            topics: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
                active: boolean;
            }[];
            employees: {
                /** Format: uuid */
                id: string;
                displayName: string;
                active: boolean;
            }[];
        };
        ManagedAppointment: {
            /** Format: uuid */
            id: string;
            /** @example K7M-2PQ-9XR */
            reference: string;
            /** @enum {string} */
            status: "booked" | "completed" | "no_show" | "cancelled";
            /** @description Bumped by every change (reschedule, cancel, reassign). */
            version: number;
            municipality: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
                timeZone: string;
                /** @description The municipality's public phone, if it gave one. */
                phone: string | null;
                /** @description The municipality's public e-mail, if it gave one: the way to reach it for those who cannot ring. */
                email: string | null;
            };
            topic: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
                requiredDocuments: components["schemas"]["LocalizedText"][];
            };
            mode: components["schemas"]["Mode"];
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            end: string;
            employee: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            interpretation: components["schemas"]["Interpretation"] | null;
            thirdPerson: {
                fullName: string;
            } | null;
            person: {
                fullName: string;
                /** @enum {string} */
                language: "el" | "en";
            };
            onBehalfOf: {
                /** @enum {string} */
                kind: "self" | "other" | "business";
            };
            office: {
                name: string;
                address: string;
                floor: string | null;
                directions: string | null;
            } | null;
            canChange: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            changeDeadline: string;
            /** @description What came of it; null until staff record it. */
            outcome: components["schemas"]["Outcome"] | null;
            /** @description Staff answers only. */
            notes?: string | null;
            /** @description Staff answers only: the employee the citizen asked for, if any. */
            requestedEmployee?: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            /** @description The signed-in caller is the appointment's owner (it is also in their "My appointments"). */
            ownedBySignedIn: boolean;
        };
        ManagedChange: {
            /** Format: uuid */
            id: string;
            /** @example K7M-2PQ-9XR */
            reference: string;
            /** @enum {string} */
            status: "booked" | "completed" | "no_show" | "cancelled";
            /** @description Bumped by every change (reschedule, cancel, reassign). */
            version: number;
            municipality: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
                timeZone: string;
                /** @description The municipality's public phone, if it gave one. */
                phone: string | null;
                /** @description The municipality's public e-mail, if it gave one: the way to reach it for those who cannot ring. */
                email: string | null;
            };
            topic: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
                requiredDocuments: components["schemas"]["LocalizedText"][];
            };
            mode: components["schemas"]["Mode"];
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            end: string;
            employee: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            interpretation: components["schemas"]["Interpretation"] | null;
            thirdPerson: {
                fullName: string;
            } | null;
            person: {
                fullName: string;
                /** @enum {string} */
                language: "el" | "en";
            };
            onBehalfOf: {
                /** @enum {string} */
                kind: "self" | "other" | "business";
            };
            office: {
                name: string;
                address: string;
                floor: string | null;
                directions: string | null;
            } | null;
            canChange: boolean;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            changeDeadline: string;
            /** @description What came of it; null until staff record it. */
            outcome: components["schemas"]["Outcome"] | null;
            /** @description Staff answers only. */
            notes?: string | null;
            /** @description Staff answers only: the employee the citizen asked for, if any. */
            requestedEmployee?: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            /**
             * @description The new version's manage link (the old one stops working); null once cancelled.
             * @example /manage/…
             */
            managePath: string | null;
        };
        JoinInfo: {
            role: components["schemas"]["CallRole"];
            participantName: string;
            /**
             * @description The language of this person's e-mails (the appointment's for the person served and their guest, Greek for staff and interpreters): the page opens in it unless the browser chose one.
             * @enum {string}
             */
            language: "el" | "en";
            appointment: components["schemas"]["CallAppointment"];
            window: components["schemas"]["JoinWindow"];
            state: components["schemas"]["CallState"];
            /** @description False while video does not work here (POST then answers 503 video_unavailable): the page waits and tries again by itself. */
            videoAvailable: boolean;
            /** @description Why video does not work now; null while it does. */
            videoUnavailableReason: components["schemas"]["VideoDownReason"] | null;
            /** @description A guest's link while the call is open: the employee who runs it is still in the video call of another appointment (their previous one). Always false on the employee's own link. */
            employeeBusy: boolean;
        };
        /** @enum {string} */
        CallRole: "citizen" | "employee" | "interpreter" | "third_person";
        /** @description What a join page shows about the appointment (always a video one): no personal data beyond the caller's own name. */
        CallAppointment: {
            /** Format: uuid */
            id: string;
            reference: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            end: string;
            mode: components["schemas"]["Mode"];
            municipality: components["schemas"]["LocalizedText"];
            topic: components["schemas"]["LocalizedText"];
            timeZone: string;
            interpretation: components["schemas"]["Interpretation"] | null;
        };
        /** @description The link works from opensAt (before the start) until closesAt (the end plus a grace period). */
        JoinWindow: {
            /** @enum {string} */
            status: "early" | "open" | "ended";
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            opensAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            closesAt: string;
        };
        /** @description The call's state as the caller sees it. The room metadata carries the same for everyone, with the identity check's phase only (not_started, running, ended). */
        CallState: {
            /** @description Whether the caller is let in (the employee always is; a guest once admitted). */
            admitted: boolean;
            audioOnly: boolean;
            identityCheck: components["schemas"]["IdentityCheckStatus"];
            /** @description Roles whose camera stays on while audioOnly is true. */
            keepVideoRoles: components["schemas"]["CallRole"][];
        };
        /**
         * @description The identity check as the caller may know it. Its result (verified, failed, aborted) is told only to those who take part in the check: the employee, the citizen, and the interpreter of an interpreted citizen; everyone else reads ended.
         * @enum {string}
         */
        IdentityCheckStatus: "not_started" | "running" | "verified" | "failed" | "aborted" | "ended";
        JoinGrant: {
            /** @description LiveKit's URL for browsers. */
            serverUrl: string;
            roomName: string;
            participantName: string;
            participantIdentity: string;
            /** @description A short-lived LiveKit token with the least grants of the role. */
            participantToken: string;
            role: components["schemas"]["CallRole"];
            appointment: components["schemas"]["CallAppointment"];
            window: components["schemas"]["JoinWindow"];
            state: components["schemas"]["CallState"];
        };
        CallParticipants: {
            participants: components["schemas"]["CallParticipant"][];
            attendance: components["schemas"]["CallAttendance"][];
            state: components["schemas"]["CallState"];
        };
        CallParticipant: {
            identity: string;
            role: components["schemas"]["CallRole"];
            displayName: string;
            connected: boolean;
            admitted: boolean;
            /** @description Connected but not admitted: in the waiting room. */
            waiting: boolean;
            joinedAt: string | null;
        };
        /** @description One connection, from LiveKit's webhooks. */
        CallAttendance: {
            identity: string;
            /** @description Null when LiveKit reported someone without a known role. */
            role: components["schemas"]["CallRole"] | null;
            displayName: string | null;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            joinedAt: string;
            leftAt: string | null;
        };
        CallStateAnswer: {
            state: components["schemas"]["CallState"];
        };
        ParticipantAdmitted: {
            identity: string;
            /** @enum {string} */
            role: "citizen" | "interpreter" | "third_person";
            /** @constant */
            admitted: true;
            /** @description False: admitted before connecting, they will join admitted. */
            connected: boolean;
        };
        ParticipantRemoved: {
            identity: string;
            /** @enum {string} */
            role: "citizen" | "interpreter" | "third_person";
            /** @constant */
            admitted: false;
            /** @constant */
            connected: false;
        };
        IdentityCheckStarted: {
            state: components["schemas"]["CallState"];
            /** @description Booked on behalf of a business (link declared): the checklist includes the proof of representation. */
            representationToProve: boolean;
        };
        IdentityCheckRecorded: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            outcome: "verified" | "failed" | "aborted_poor_quality" | "representation_not_proven";
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            recordedAt: string;
            state: components["schemas"]["CallState"];
        };
        WebhookReceipt: {
            /** @constant */
            ok: true;
            /** @enum {string} */
            outcome: "recorded" | "ignored";
        };
        MunicipalitySettings: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: components["schemas"]["LocalizedText"];
            timeZone: string;
            modes: components["schemas"]["Mode"][];
            /** @description Default minutes per mode (a topic may set its own). */
            durations: {
                in_person?: number;
                phone?: number;
                video?: number;
            };
            openingHours: components["schemas"]["WeeklyHours"];
            bookingWindowDays: number;
            minLeadMinutes: number;
            bufferMinutes: number;
            holdMinutes: number;
            changeCutoffMinutes: number;
            allowThirdPerson: boolean;
            thirdPersonInviteOnBooking: boolean;
            /** @description Minutes before the start, largest first. */
            reminderOffsetsMinutes: number[];
            publicHolidaysClosed: boolean;
            phone: string | null;
            email: string | null;
        };
        /** @description Hours per ISO weekday, "1" = Monday … "7" = Sunday, in the municipality's time zone; a missing or empty day is closed. */
        WeeklyHours: {
            1?: components["schemas"]["TimeRange"][];
            2?: components["schemas"]["TimeRange"][];
            3?: components["schemas"]["TimeRange"][];
            4?: components["schemas"]["TimeRange"][];
            5?: components["schemas"]["TimeRange"][];
            6?: components["schemas"]["TimeRange"][];
            7?: components["schemas"]["TimeRange"][];
        };
        /** @description Local wall-clock times HH:mm, start before end. */
        TimeRange: {
            /** @example 09:00 */
            start: string;
            /** @example 14:30 */
            end: string;
        };
        SettingsSaved: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: components["schemas"]["LocalizedText"];
            timeZone: string;
            modes: components["schemas"]["Mode"][];
            /** @description Default minutes per mode (a topic may set its own). */
            durations: {
                in_person?: number;
                phone?: number;
                video?: number;
            };
            openingHours: components["schemas"]["WeeklyHours"];
            bookingWindowDays: number;
            minLeadMinutes: number;
            bufferMinutes: number;
            holdMinutes: number;
            changeCutoffMinutes: number;
            allowThirdPerson: boolean;
            thirdPersonInviteOnBooking: boolean;
            /** @description Minutes before the start, largest first. */
            reminderOffsetsMinutes: number[];
            publicHolidaysClosed: boolean;
            phone: string | null;
            email: string | null;
            /** @description The booked appointments it covered, moved or cancelled as the request said (affectedAppointments); empty when it covered none. */
            affectedAppointments: components["schemas"]["AffectedOutcome"][];
        };
        /** @description Everyone concerned (the person served, the interpreter, an invited third person) gets an e-mail saying why. */
        AffectedOutcome: {
            /** Format: uuid */
            id: string;
            reference: string | null;
            /** @enum {string} */
            outcome: "moved" | "cancelled";
            /** @description The time it had. */
            from: {
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                start: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                end: string;
            };
            /** @description The new time (moved); null when cancelled. */
            to: {
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                start: string;
                /**
                 * Format: date-time
                 * @example 2026-11-24T06:00:00.000Z
                 */
                end: string;
            } | null;
            /** @description Moved to another employee: its own had no free time within the booking window. */
            employeeChanged: boolean;
        };
        Closure: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description For a yearly closure only the month and day count.
             * @example 2026-11-30
             */
            date: string;
            recurringYearly: boolean;
            label: string;
        };
        ClosureCreated: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description For a yearly closure only the month and day count.
             * @example 2026-11-30
             */
            date: string;
            recurringYearly: boolean;
            label: string;
            /** @description The booked appointments it covered, moved or cancelled as the request said (affectedAppointments); empty when it covered none. */
            affectedAppointments: components["schemas"]["AffectedOutcome"][];
        };
        /** @description Public holidays and closures of a year, by date. */
        ClosedDays: {
            year: number;
            publicHolidaysClosed: boolean;
            days: components["schemas"]["ClosedDay"][];
        };
        /** @description A closure has its label as both names. */
        ClosedDay: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            kind: "public_holiday" | "closure";
            name: components["schemas"]["LocalizedText"];
            /** @description A public holiday is listed even when the municipality stays open on it. */
            closed: boolean;
            closureId: string | null;
            recurringYearly: boolean;
        };
        Office: {
            /** Format: uuid */
            id: string;
            name: string;
            address: string;
            floor: string | null;
            directions: string | null;
        };
        AdminTopic: {
            /** Format: uuid */
            id: string;
            name: components["schemas"]["LocalizedText"];
            modes: components["schemas"]["Mode"][];
            /** @description The topic's own minutes per mode; a mode left out takes the municipality's length. */
            durations: {
                in_person?: number;
                phone?: number;
                video?: number;
            };
            requiredDocuments: components["schemas"]["LocalizedText"][];
            active: boolean;
            /** @description The employees who handle the topic. */
            employeeIds: string[];
        };
        AdminEmployee: {
            /** Format: uuid */
            id: string;
            taxId: string;
            fullName: string;
            email: string;
            officeId: string | null;
            modes: components["schemas"]["Mode"][];
            /** @description Null: the municipality's opening hours. */
            workingHours: components["schemas"]["WeeklyHours"] | null;
            isAdmin: boolean;
            active: boolean;
            topicIds: string[];
        };
        Absence: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            end: string;
            reason: string | null;
        };
        AbsenceCreated: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            end: string;
            reason: string | null;
            /** @description How many of the employee's booked appointments were inside the absence (now moved or cancelled, see affectedAppointments). */
            overlappingAppointments: number;
            /** @description The booked appointments it covered, moved or cancelled as the request said (affectedAppointments); empty when it covered none. */
            affectedAppointments: components["schemas"]["AffectedOutcome"][];
        };
        Interpreter: {
            /** Format: uuid */
            id: string;
            fullName: string;
            email: string;
            kinds: components["schemas"]["Interpretation"][];
            workingHours: components["schemas"]["WeeklyHours"];
            timeZone: string;
            active: boolean;
        };
        Joining: {
            status: components["schemas"]["MunicipalityStatus"];
            submittedAt: string | null;
            approvedAt: string | null;
            /** @description Why the platform admin sent the form back (cleared on submitting again). */
            reviewComment: string | null;
            contact: {
                name: string | null;
                email: string | null;
                phone: string | null;
            };
            /** @description Empty when the form is complete and can be submitted. */
            missing: components["schemas"]["JoiningMissingItem"][];
        };
        /**
         * @description draft: being filled in by its admin; submitted: awaiting the platform admin; active: shown to citizens and bookable; deactivated: not bookable, booked appointments stand.
         * @enum {string}
         */
        MunicipalityStatus: "draft" | "submitted" | "active" | "deactivated";
        /** @description Something the joining form still lacks. */
        JoiningMissingItem: {
            /** @enum {string} */
            code: "topic" | "office" | "hours" | "contact";
            message: components["schemas"]["LocalizedText"];
        };
        ActingAsPlatformAdmin: {
            actingAsPlatformAdmin: boolean;
        };
        PlatformMunicipality: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: components["schemas"]["LocalizedText"];
            timeZone: string;
            modes: components["schemas"]["Mode"][];
            status: components["schemas"]["MunicipalityStatus"];
            submittedAt: string | null;
            approvedAt: string | null;
            activeEmployees: number;
            /** @description Active administrators. */
            admins: {
                /** Format: uuid */
                id: string;
                fullName: string;
                taxId: string;
            }[];
        };
        MunicipalityCreated: {
            municipality: components["schemas"]["MunicipalitySettings"];
            admin: components["schemas"]["AdminEmployee"];
        };
        MunicipalityReview: {
            settings: components["schemas"]["MunicipalitySettings"];
            joining: components["schemas"]["Joining"];
            topics: components["schemas"]["ReviewTopic"][];
            admins: components["schemas"]["MunicipalityAdmin"][];
            /** @description Booked appointments still to come: they stand if the municipality is deactivated. */
            upcomingAppointments: number;
        };
        ReviewTopic: {
            /** Format: uuid */
            id: string;
            name: components["schemas"]["LocalizedText"];
            modes: components["schemas"]["Mode"][];
            /** @description Minutes per mode the topic is offered in (its own, else the municipality's). */
            durationMinutes: {
                in_person?: number;
                phone?: number;
                video?: number;
            };
            active: boolean;
            /** @description Active employees who handle it. */
            employeeCount: number;
        };
        MunicipalityAdmin: {
            /** Format: uuid */
            id: string;
            fullName: string;
            taxId: string;
            email: string;
            active: boolean;
        };
        PoolInterpreter: {
            /** Format: uuid */
            id: string;
            fullName: string;
            email: string;
            kinds: components["schemas"]["Interpretation"][];
            workingHours: components["schemas"]["WeeklyHours"];
            timeZone: string;
            active: boolean;
            /** @description The municipalities the interpreter serves. */
            municipalityIds: string[];
        };
        AuditPage: {
            /** @description Newest first. */
            entries: components["schemas"]["AuditEntry"][];
            /** @description Pass as `before` for the next (older) page; null on the last page. */
            nextBefore: number | null;
            /** @description Every action written so far, for the filter. */
            actions: string[];
        };
        AuditEntry: {
            id: number;
            /**
             * Format: date-time
             * @example 2026-11-24T06:00:00.000Z
             */
            at: string;
            actorKind: string;
            actorId: string | null;
            municipality: {
                /** Format: uuid */
                id: string;
                name: components["schemas"]["LocalizedText"];
            } | null;
            action: string;
            subjectKind: string | null;
            subjectId: string | null;
            ip: string | null;
            /** @description Ids and codes, no personal data. */
            details: {
                [key: string]: unknown;
            };
        };
        /** @description No personal data. In every breakdown (by municipality, topic, mode, office, employee, interpreting, identity check, and the counts of calls and timings) a count from 1 to 4 is "<5", and where it could be worked out from the row or column sums another count beside it is "withheld". `outcomes`, the totals of the whole scope for the period, are exact. Shares and timing figures are null when based on fewer than 5. */
        Statistics: {
            /** @enum {string} */
            scope: "municipality" | "platform";
            period: {
                from: string;
                to: string;
                timeZone: string;
            };
            outcomes: {
                total: number;
                completed: number;
                noShow: number;
                cancelledByCitizen: number;
                cancelledByMunicipality: number;
                booked: number;
                /** @description From 0 to 1; null when a count is hidden or the base is under 5. */
                noShowRate: number | null;
            };
            /** @description The platform only. */
            municipalities: components["schemas"]["StatisticsBreakdownRow"][] | null;
            topics: components["schemas"]["StatisticsBreakdownRow"][];
            modes: components["schemas"]["StatisticsBreakdownRow"][];
            /** @description A municipality only (the employees' current offices). */
            offices: components["schemas"]["StatisticsBreakdownRow"][] | null;
            /** @description A municipality only. */
            employees: components["schemas"]["StatisticsBreakdownRow"][] | null;
            timings: {
                /** @enum {string} */
                measure: "lead_time_hours" | "waiting_minutes" | "call_minutes";
                count: components["schemas"]["PublishedCount"];
                median: number | null;
                p90: number | null;
                mean: number | null;
            }[];
            video: {
                calls: components["schemas"]["PublishedCount"];
                audioOnly: components["schemas"]["PublishedCount"];
                /** @description From 0 to 1; null when a count is hidden or the base is under 5. */
                audioOnlyShare: number | null;
            };
            interpreting: {
                /** @enum {string} */
                kind: "none" | "gsl" | "lip_reading";
                count: components["schemas"]["PublishedCount"];
            }[];
            identityChecks: {
                outcome: string;
                count: components["schemas"]["PublishedCount"];
            }[];
        };
        StatisticsBreakdownRow: {
            /** @description The id (of the municipality, topic, office or employee), the mode, or "none". */
            key: string;
            label: {
                el: string;
                en: string;
            };
            total: components["schemas"]["PublishedCount"];
            completed: components["schemas"]["PublishedCount"];
            noShow: components["schemas"]["PublishedCount"];
            cancelledByCitizen: components["schemas"]["PublishedCount"];
            cancelledByMunicipality: components["schemas"]["PublishedCount"];
            /** @description Booked, not (yet) closed as held or no-show. */
            booked: components["schemas"]["PublishedCount"];
            /** @description No-shows out of held plus no-shows. */
            noShowRate: number | null;
        };
        /** @description A count, or "<5" (1 to 4), or "withheld" (hidden so a small count beside it cannot be worked out). */
        PublishedCount: number | ("<5" | "withheld");
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
