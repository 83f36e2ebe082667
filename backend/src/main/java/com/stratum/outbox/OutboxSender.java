package com.stratum.outbox;

/**
 * Delivers the messages of one {@link #kind()} (a CDI bean; {@link OutboxRelay} finds every one). The relay calls
 * {@link #prepare} in a transaction when a message is due, so the sender looks at the state of things at that
 * moment (is the QBR still unanswered? is the link still the one sent?) and answers with what to send, or why
 * nothing is sent any more. The returned {@link Delivery} is then carried out outside any transaction.
 */
public interface OutboxSender {
    /** The messages this sender delivers: {@code outbox_message.kind}. */
    String kind();

    /** In a transaction, when the message is due: what to send now, or {@link Delivery#cancel} with the reason. */
    Delivery prepare(OutboxMessage message);
}
