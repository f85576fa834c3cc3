package io.ringfence.config;

/**
 * Everything the gate stage checks beyond modes, accounts and scopes.
 *
 * @param approvals  when a submit needs an approval, and how many are remembered.
 * @param killSwitch how the kill switch starts.
 * @param risk       pre-trade risk limits.
 */
public record GateConfig(ApprovalsConfig approvals, KillSwitchConfig killSwitch, RiskConfig risk)
{
}
