package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.AdminAction;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.CreateApprovalDecoder;
import io.ringfence.codecs.sbe.KillSwitchCommandDecoder;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.PreviewOrderDecoder;
import io.ringfence.codecs.sbe.PromoteClientDecoder;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.config.Scope;
import io.ringfence.engine.InboundEvent;
import org.agrona.DirectBuffer;

/**
 * The intents the gate stage answers itself: a preview (recorded when every gate passes), an
 * approval bound to a preview, a kill switch engaged or released, a client promoted to live.
 * Each either refuses with a typed reason or changes the gate state and writes its reply into
 * {@link InboundEvent#gateReply}. An operator command journaled by the engine itself
 * ({@code ADMIN_COMMAND} input, e.g. the kill switch after an unclean shutdown) needs no scope.
 */
final class AdminGates
{
    private static final long NS_PER_SECOND = 1_000_000_000L;

    private final Gates gates;
    private final GateReplies replies = new GateReplies();
    private final long maxTtlSeconds;

    AdminGates(final Gates gates, final RingfenceConfig config)
    {
        this.gates = gates;
        this.maxTtlSeconds = config.gates().approvals().maxTtlSeconds();
    }

    RefusalReason onPreview(final InboundEvent event, final PreviewOrderDecoder preview)
    {
        final RefusalReason refusal = gates.checkPreview(event, preview);
        if (refusal != null)
        {
            return refusal;
        }
        final OrderTerms terms = gates.terms;
        final long orderHash = terms.canonicalHash();
        final int account = gates.accounts.indexOf(terms.buffer, terms.accountOffset);
        final long previewId = gates.previews.record(account, orderHash);
        replies.previewRecorded(event, preview.correlationId(), previewId, orderHash,
            gates.risk.referencePrice(), gates.risk.notional(), terms);
        return null;
    }

    RefusalReason onCreateApproval(final InboundEvent event, final CreateApprovalDecoder create)
    {
        final DirectBuffer buffer = create.buffer();
        final int accountOffset = create.offset() + CreateApprovalDecoder.accountEncodingOffset();
        final long ttlSeconds = create.ttlSeconds();
        if (!Gates.isText(buffer, accountOffset, AccountTable.ACCOUNT_LENGTH) || ttlSeconds <= 0 ||
            ttlSeconds > maxTtlSeconds)
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        final int client = event.source;
        final int account = gates.accounts.indexOf(buffer, accountOffset);
        if (account == AccountTable.NOT_FOUND || !gates.accounts.isAllowed(client, account))
        {
            return RefusalReason.ACCOUNT_NOT_ALLOWED;
        }
        if (!gates.hasScope(client, Scope.APPROVALS_CREATE))
        {
            return RefusalReason.SCOPE_MISSING;
        }
        final long previewId = create.previewId();
        if (!gates.previews.exists(previewId, account))
        {
            return RefusalReason.APPROVAL_NOT_FOUND;
        }
        final long expiresAtNs = event.timestampNs + ttlSeconds * NS_PER_SECOND;
        final long approvalId = gates.approvals.create(previewId, account, gates.previews.orderHash(previewId), expiresAtNs);
        replies.approvalCreated(event, create.correlationId(), approvalId, previewId, expiresAtNs, buffer, accountOffset);
        return null;
    }

    RefusalReason onKillSwitch(final InboundEvent event, final KillSwitchCommandDecoder command, final boolean operator)
    {
        final DirectBuffer buffer = command.buffer();
        final int accountOffset = command.offset() + KillSwitchCommandDecoder.accountEncodingOffset();
        final int clientOffset = command.offset() + KillSwitchCommandDecoder.clientEncodingOffset();
        final short scopeRaw = command.scopeRaw();
        final short engageRaw = command.engageRaw();
        if (scopeRaw < KillSwitchScope.GLOBAL.value() || scopeRaw > KillSwitchScope.CLIENT.value() ||
            (engageRaw != BooleanType.TRUE.value() && engageRaw != BooleanType.FALSE.value()) ||
            command.reasonLength() == 0)
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        final KillSwitchScope scope = command.scope();
        int index = 0;
        if (scope == KillSwitchScope.ACCOUNT)
        {
            index = Gates.isText(buffer, accountOffset, AccountTable.ACCOUNT_LENGTH) ?
                gates.accounts.indexOf(buffer, accountOffset) : AccountTable.NOT_FOUND;
            if (index == AccountTable.NOT_FOUND)
            {
                return RefusalReason.ACCOUNT_NOT_ALLOWED;
            }
        }
        else if (scope == KillSwitchScope.CLIENT)
        {
            index = Gates.isText(buffer, clientOffset, ClientNames.NAME_LENGTH) ?
                gates.clientNames.indexOf(buffer, clientOffset) : ClientNames.NOT_FOUND;
            if (index == ClientNames.NOT_FOUND)
            {
                return RefusalReason.MALFORMED_INTENT;
            }
        }
        if (!operator && !gates.hasScope(event.source, Scope.ADMIN_KILL_SWITCH))
        {
            return RefusalReason.SCOPE_MISSING;
        }
        final boolean engage = engageRaw == BooleanType.TRUE.value();
        gates.killSwitches.set(scope, index, engage);
        if (engage)
        {
            event.killSwitchEngaged = scope;
            event.killSwitchAccount = scope == KillSwitchScope.ACCOUNT ? index : InboundEvent.NO_ACCOUNT;
            event.killSwitchClient = scope == KillSwitchScope.CLIENT ? index : InboundEvent.NO_CLIENT;
        }
        replies.adminAck(event, command.correlationId(), engage ? AdminAction.KILL_SWITCH_ON : AdminAction.KILL_SWITCH_OFF,
            scope, buffer, scope == KillSwitchScope.ACCOUNT ? accountOffset : -1,
            scope == KillSwitchScope.CLIENT ? clientOffset : -1);
        return null;
    }

    RefusalReason onPromote(final InboundEvent event, final PromoteClientDecoder promote)
    {
        final DirectBuffer buffer = promote.buffer();
        final int clientOffset = promote.offset() + PromoteClientDecoder.clientEncodingOffset();
        final int client = Gates.isText(buffer, clientOffset, ClientNames.NAME_LENGTH) ?
            gates.clientNames.indexOf(buffer, clientOffset) : ClientNames.NOT_FOUND;
        if (client == ClientNames.NOT_FOUND || promote.reasonLength() == 0)
        {
            return RefusalReason.MALFORMED_INTENT;
        }
        if (!gates.hasScope(event.source, Scope.ADMIN_PROMOTE))
        {
            return RefusalReason.SCOPE_MISSING;
        }
        gates.promotions.promote(client);
        replies.adminAck(event, promote.correlationId(), AdminAction.PROMOTE, KillSwitchScope.NULL_VAL, buffer, -1,
            clientOffset);
        return null;
    }
}
