//===--- Skeleton.h - what marks the tests itdd gen tests writes -*- C++ -*-===//
//
// The markers `itdd gen tests` writes into its skeletons and that `itdd red`
// and the checks recognise: the message of a pending test and the name of
// the per-feature health check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_SKELETON_H
#define ITDD_CORE_SKELETON_H

namespace itdd {

/// A pending skeleton ends in `GTEST_FAIL() << "<marker>: <scenario> (...)"`.
inline constexpr char PendingMarker[] = "itdd: pending scenario";

/// The test per feature that only assembles the system through the factory
/// and reaches each mock: it must pass before any red means something.
inline constexpr char HealthCheckName[] = "SystemAssemblesAndReachesItsMocks";

} // namespace itdd

#endif // ITDD_CORE_SKELETON_H
