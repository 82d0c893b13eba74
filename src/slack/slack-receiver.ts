import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  HTTPModuleFunctions,
  HTTPReceiverDeferredRequestError,
  HTTPResponseAck,
  type App,
  type BufferedIncomingMessage,
  type CustomRoute,
  type Logger,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import { guardSlackRequests, type SlackRequestBody } from './request-guard.js';

export interface SlackReceiverOptions {
  signingSecret: string;
  /** Where Slack POSTs events, commands and interactions. */
  path: string;
  /** GET routes besides Slack's (the health check). */
  customRoutes: readonly CustomRoute[];
  /** Bolt's logger (what HTTPReceiver would log, it logs), and the app's for the guard's refusals. */
  boltLogger: Logger;
  logger: AppLogger;
  bodyLimitBytes?: number;
}

/**
 * HTTP mode's receiver: Bolt's HTTPReceiver, less the part the request guard already did. Each request to the Slack
 * path is read, verified (once) and parsed (once) by the guard, and from there handled exactly as HTTPReceiver
 * handles it, with Bolt's own pieces: `ssl_check` and `url_verification` answered, everything else given to the App
 * with an HTTPResponseAck (the ack is the HTTP response; no ack within 3 s is Bolt's unhandled-request answer), a
 * listener's error answered by Bolt's default handler. Other paths: the custom routes, else Bolt's 404.
 *
 * The server is LP Coach's own (see createApp), so `requestListener` is what it serves; start() and stop() are not
 * used.
 */
export class SlackReceiver implements Receiver {
  readonly requestListener: RequestListener;
  private app: App | undefined;

  constructor(private readonly options: SlackReceiverOptions) {
    this.requestListener = guardSlackRequests((request, response, body) => {
      if (body === undefined) this.route(request, response);
      else void this.dispatch(request as BufferedIncomingMessage, response, body);
    }, options);
  }

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<never> {
    return Promise.reject(new Error('SlackReceiver is served by LP Coach\'s own HTTP server: mount requestListener'));
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  /** Not a Slack request: a custom route, or thrown for the server's error handler (404), as HTTPReceiver does. */
  private route(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const method = request.method?.toUpperCase() ?? '';
    // As HTTPReceiver's route matching (path-to-regexp) takes a fixed path: any case, one trailing slash allowed.
    const wanted = path.toLowerCase().replace(/(.)\/$/, '$1');
    const route = this.options.customRoutes.find(
      (r) => r.path.toLowerCase() === wanted && (Array.isArray(r.method) ? r.method : [r.method]).map((m) => m.toUpperCase()).includes(method),
    );
    if (route !== undefined) {
      route.handler(Object.assign(request, { params: {} }), response);
      return;
    }
    throw new HTTPReceiverDeferredRequestError(`Unhandled HTTP request (${method}) made to ${path}`, request, response);
  }

  /** HTTPReceiver's handling of a verified, parsed request. */
  private async dispatch(request: BufferedIncomingMessage, response: ServerResponse, body: SlackRequestBody): Promise<void> {
    const logger = this.options.boltLogger;
    if (body.ssl_check === '1') {
      HTTPModuleFunctions.buildSSLCheckResponse(response);
      return;
    }
    if (body.type === 'url_verification') {
      HTTPModuleFunctions.buildUrlVerificationResponse(response, body);
      return;
    }
    const ack = new HTTPResponseAck({ logger, processBeforeResponse: false, httpRequest: request, httpRequestBody: body, httpResponse: response });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(request),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(request),
      customProperties: {},
    };
    try {
      await this.app?.processEvent(event);
      if (ack.storedResponse !== undefined) HTTPModuleFunctions.buildContentResponse(response, ack.storedResponse);
    } catch (error) {
      const acknowledged = await HTTPModuleFunctions.defaultProcessEventErrorHandler({
        error: error as Error,
        logger,
        request,
        response,
        storedResponse: ack.storedResponse,
      });
      if (acknowledged) void ack.ack();
    }
  }
}
