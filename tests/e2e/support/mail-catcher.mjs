// A real SMTP server for the app under test, and a small HTTP endpoint through which the specs, which run
// in another process, read what it received: GET /messages?to=<address>.
import { createServer } from "node:http";
import { once } from "node:events";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export async function startMailCatcher({ mailboxPort }) {
  const messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        messages.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          receivedAt: new Date().toISOString(),
        });
        callback();
      }, callback);
    },
  });
  smtp.listen(0, "127.0.0.1");
  await once(smtp.server, "listening");

  const mailbox = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://mailbox");
    if (request.method !== "GET" || url.pathname !== "/messages") {
      response.writeHead(404).end();
      return;
    }
    const to = url.searchParams.get("to")?.toLowerCase();
    const found = to ? messages.filter((message) => message.to.includes(to)) : messages;
    response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(found));
  });
  mailbox.listen(mailboxPort, "127.0.0.1");
  await once(mailbox, "listening");

  return {
    smtpUrl: `smtp://127.0.0.1:${smtp.server.address().port}`,
    async stop() {
      await Promise.all([new Promise((done) => smtp.close(done)), new Promise((done) => mailbox.close(done))]);
    },
  };
}
