//===--- ConfigProposalTest.cpp - the block itdd init proposes ------------===//

#include "core/ConfigProposal.h"
#include "core/Config.h"
#include "core/TidyFileMerge.h"
#include <gtest/gtest.h>

namespace itdd {
namespace {

Component component(const char *Name, Role Kind,
                    std::vector<std::string> Dependencies = {},
                    std::vector<std::string> Implements = {}) {
  Component C;
  C.Name = Name;
  C.Kind = Kind;
  C.EntryPoint = Kind == Role::EntryPoint;
  C.Dependencies = std::move(Dependencies);
  C.Implements = std::move(Implements);
  return C;
}

Component interface(const char *Name, bool ImplementedInProject) {
  Component C = component(Name, Role::Internal);
  C.Abstract = true;
  C.ImplementedInProject = ImplementedInProject;
  return C;
}

TestEvidence test(const char *Name, std::vector<std::string> Components,
                  std::vector<std::string> Used = {}) {
  TestEvidence T;
  T.Name = Name;
  T.Components = std::move(Components);
  T.Used = std::move(Used);
  return T;
}

/// A till behind a register, a ledger interface implemented in the
/// project, a printer interface implemented outside it with a system
/// header, and a listener nothing implements.
struct Till {
  DependencyMap Map;
  ProjectEvidence Evidence;

  Till() {
    Map.Components = {
        component("pos::Register", Role::Internal, {"pos::Printer"}),
        component("pos::Till", Role::Internal, {"pos::Ledger", "pos::Prices"}),
        component("pos::Prices", Role::Internal),
        interface("pos::Ledger", true),
        component("pos::PaperLedger", Role::Internal, {}, {"pos::Ledger"}),
        interface("pos::Printer", false),
        interface("pos::Listener", false),
    };
    Map.normalize();
    TestFileEvidence Flow;
    Flow.File = "src/register_flow_test.cc";
    Flow.Tests = {
        test("Flow.Sells", {"pos::Prices", "pos::Register", "pos::Till"},
             {"pos::Register", "pos::Till"}),
        test("Flow.Books", {"pos::PaperLedger", "pos::Prices", "pos::Till"},
             {"pos::Till"})};
    Flow.Mocked = {"pos::Ledger", "pos::Printer"};
    TestFileEvidence Unit;
    Unit.File = "src/prices_test.cc";
    Unit.Tests = {test("Prices.Add", {"pos::Prices"}, {"pos::Prices"})};
    Evidence.TestFiles = {Flow, Unit};
    Evidence.Owns = {{"pos::Register", "pos::Till"}};
    Evidence.OutsideImplementations = {
        {"vendor::UsbPrinter", "pos::Printer", "third_party/usb_printer.h"}};
    Evidence.Files = {{"third_party/usb_printer.h",
                       {"vendor::UsbPrinter"},
                       {{"<libusb.h>", true}}}};
  }

  ConfigProposal propose() {
    return proposeConfig(Map, Evidence, *Config::defaults());
  }

  /// Moves the test files into Dir (with a trailing slash) and makes the
  /// prices test a journey through the register.
  void journeysIn(const std::string &Dir) {
    for (TestFileEvidence &F : Evidence.TestFiles)
      F.File = Dir + F.File.substr(F.File.rfind('/') + 1);
    TestEvidence &Prices = Evidence.TestFiles[1].Tests[0];
    Prices.Components = {"pos::Prices", "pos::Till"};
    Prices.Used = {"pos::Prices", "pos::Register"};
  }
};

std::string evidenceOf(const ProposedKey &K) {
  std::string All;
  for (const std::string &Line : K.Evidence)
    All += Line + "\n";
  return All;
}

TEST(ConfigProposalTest, IntegrationTestFilesAreTheFilesWhoseTestsWire) {
  ConfigProposal P = Till().propose();
  const ProposedKey *K = P.find("itdd.IntegrationTestFiles");
  ASSERT_TRUE(K && K->Value);
  EXPECT_EQ(*K->Value, "(^|/)src/register_flow_test\\.cc$");
}

TEST(ConfigProposalTest, ADirectoryOfIntegrationTestsIsNamedOnce) {
  Till T;
  T.journeysIn("tests/flows/");
  ConfigProposal P = T.propose();
  EXPECT_EQ(*P.find("itdd.IntegrationTestFiles")->Value, "(^|/)tests/flows/");
}

/// The till's journeys in tests/flows/, and a ledger test file beside
/// them whose tests wire the till and a paper ledger without the register.
Till tillWithALedgerTest() {
  Till T;
  T.journeysIn("tests/flows/");
  TestFileEvidence Ledger;
  Ledger.File = "tests/flows/ledger_test.cc";
  for (const char *Name : {"Ledger.Books", "Ledger.Voids"})
    Ledger.Tests.push_back(
        test(Name, {"pos::PaperLedger", "pos::Till"}, {"pos::Till"}));
  T.Evidence.TestFiles.push_back(Ledger);
  return T;
}

TEST(ConfigProposalTest, AFileWhoseTestsMostlyReachNoEntryPointIsSetAside) {
  // The ledger's tests wire the till and a paper ledger, but none comes
  // in through the register: unit tests of the till, or journeys that all
  // go around it. The evidence cannot tell, so they are not judged.
  Till T = tillWithALedgerTest();
  ConfigProposal P = T.propose();
  const ProposedKey *K = P.find("itdd.IntegrationTestFiles");
  ASSERT_TRUE(K->Value);
  EXPECT_EQ(*K->Value, "(^|/)tests/flows/register_flow_test\\.cc$|(^|/)"
                       "tests/flows/prices_test\\.cc$");
  std::string All = evidenceOf(*K);
  EXPECT_NE(All.find("not: tests/flows/ledger_test.cc: 2 of 2 tests build two "
                     "or more of the project's components (pos::PaperLedger, "
                     "pos::Till), but only 0 reach an entry point"),
            std::string::npos)
      << All;
  // The entry points' evidence counts the tests of the files judged
  // (Flow.Books builds the till itself).
  EXPECT_EQ(P.find("itdd.EntryPoints")->Evidence.front(),
            "2 of the 3 tests of the integration test files reach one of "
            "these entry points");
  // Where the pattern in effect already matches the files, a file set
  // aside still needs a key that leaves it out.
  T.journeysIn("tests/integration/");
  P = T.propose();
  ASSERT_TRUE(P.find("itdd.IntegrationTestFiles")->Value);
  EXPECT_EQ(*P.find("itdd.IntegrationTestFiles")->Value,
            "(^|/)tests/integration/register_flow_test\\.cc$|(^|/)"
            "tests/integration/prices_test\\.cc$");
}

TEST(ConfigProposalTest, WhyAFileWasLeftOutIsReadBackFromTheWrittenBlock) {
  Till T = tillWithALedgerTest();
  std::string Written = renderProposal(T.propose());
  std::optional<std::string> Why =
      leftOutBecause(Written, "/home/dev/pos/tests/flows/ledger_test.cc");
  ASSERT_TRUE(Why) << Written;
  EXPECT_EQ(Why->rfind("2 of 2 tests build two or more of the project's "
                       "components (pos::PaperLedger, pos::Till), but only 0 "
                       "reach an entry point",
                       0),
            0u)
      << *Why;
  // A file the block covers, and a name that only ends alike, have none.
  EXPECT_FALSE(leftOutBecause(Written, "/home/dev/pos/tests/flows/"
                                       "register_flow_test.cc"));
  EXPECT_FALSE(leftOutBecause(Written, "/home/dev/pos/tests/flows/"
                                       "old_ledger_test.cc"));
}

TEST(ConfigProposalTest, ADirectoryHoldingProductFilesIsNotNamed) {
  // The tests sit beside the sources: naming their directory would make
  // the till's own files test code.
  Till T;
  T.journeysIn("lib/pos/");
  for (Component &C : T.Map.Components)
    C.File = "lib/pos/" + C.Name.substr(5) + ".h";
  ConfigProposal P = T.propose();
  EXPECT_EQ(
      *P.find("itdd.IntegrationTestFiles")->Value,
      "(^|/)lib/pos/register_flow_test\\.cc$|(^|/)lib/pos/prices_test\\.cc$");
}

TEST(ConfigProposalTest,
     TheDefaultPatternStaysWhenItMatchesTheIntegrationTests) {
  Till T;
  T.Evidence.TestFiles[0].File = "tests/integration/register_flow_test.cc";
  ConfigProposal P = T.propose();
  const ProposedKey *K = P.find("itdd.IntegrationTestFiles");
  EXPECT_FALSE(K->Value);
  EXPECT_NE(K->Evidence.back().find("the default pattern already matches"),
            std::string::npos);
}

TEST(ConfigProposalTest, EntryPointsAreWhatTestsDriveAndNothingTakes) {
  ConfigProposal P = Till().propose();
  // The till is driven too, but the register owns it.
  EXPECT_EQ(*P.find("itdd.EntryPoints")->Value, "^pos::Register$");
}

TEST(ConfigProposalTest, AClassAComponentHoldsIsNotAnEntryPoint) {
  // The register keeps a pointer to a till it was handed (through an
  // options struct, which no constructor dependency shows).
  Till T;
  T.Evidence.Owns.clear();
  T.Evidence.Holds = {{"pos::Register", "pos::Till"}};
  ConfigProposal P = T.propose();
  EXPECT_EQ(*P.find("itdd.EntryPoints")->Value, "^pos::Register$");
  T.Evidence.Holds.clear();
  P = T.propose();
  EXPECT_EQ(*P.find("itdd.EntryPoints")->Value, "^(pos::Register|pos::Till)$");
}

TEST(ConfigProposalTest, ALeafTheJourneysPassAlongIsNoEntryPoint) {
  // A coupon takes, owns, holds and makes nothing of the project: the
  // tests build it and hand it on, and redeem() only reads it.
  Till T;
  T.Map.Components.push_back(component("pos::Coupon", Role::Internal));
  T.Map.normalize();
  T.Evidence.TestFiles[0].Tests[0].Used.push_back("pos::Coupon");
  T.Evidence.TestFiles[0].Tests[0].Functions = {"pos::redeem"};
  T.Evidence.FunctionDrives = {{"pos::redeem", "pos::Coupon"}};
  ConfigProposal P = T.propose();
  EXPECT_EQ(*P.find("itdd.EntryPoints")->Value, "^pos::Register$");
}

TEST(ConfigProposalTest, WhatAComponentMakesIsReachedThroughIt) {
  // Register::startSale() returns a new Sale, which keeps a reference to
  // its register; the tests call both.
  Till T;
  T.Map.Components.push_back(component("pos::Sale", Role::Internal));
  T.Map.normalize();
  T.Evidence.TestFiles[0].Tests[0].Used.push_back("pos::Sale");
  T.Evidence.Makes = {{"pos::Register", "pos::Sale"}};
  T.Evidence.Holds = {{"pos::Sale", "pos::Register"}};
  ConfigProposal P = T.propose();
  EXPECT_EQ(*P.find("itdd.EntryPoints")->Value, "^pos::Register$");
}

TEST(ConfigProposalTest,
     AFunctionTheIntegrationTestsCallIsAnEntryPointWhenItDrivesAComponent) {
  Till T;
  // sell() drives the register through ring(), which builds it; round()
  // touches no component.
  T.Evidence.TestFiles[0].Tests[0].Functions = {"pos::round", "pos::sell"};
  T.Evidence.FunctionCalls = {{"pos::sell", "pos::ring"},
                              {"pos::sell", "pos::round"}};
  T.Evidence.FreeFactories = {{"pos::ring", "pos::Register"}};
  // A unit test's call is no evidence.
  T.Evidence.TestFiles[1].Tests[0].Functions = {"pos::ring"};
  // A file the key covers counts even when its tests build nothing in
  // sight: the function builds out of sight.
  TestFileEvidence Remote;
  Remote.File = "src/remote_flow_test.cc";
  Remote.Tests = {test("Remote.Sells", {}, {})};
  Remote.Tests[0].Functions = {"pos::sellRemotely"};
  T.Evidence.TestFiles.push_back(Remote);
  T.Evidence.FunctionDrives.push_back({"pos::sellRemotely", "pos::Register"});
  ConfigProposal P = T.propose();
  const ProposedKey *K = P.find("itdd.EntryPoints");
  EXPECT_EQ(*K->Value, "^(pos::Register|pos::sell)$");
  // Covered by a key that names the directory, the remote flow's call
  // counts.
  T.Evidence.TestFiles[1].Tests[0].Components.push_back("pos::Till");
  for (TestFileEvidence &F : T.Evidence.TestFiles)
    F.File = "flows/" + F.File.substr(4);
  ConfigProposal Covered = T.propose();
  ASSERT_TRUE(Covered.find("itdd.IntegrationTestFiles")->Value);
  EXPECT_EQ(*Covered.find("itdd.IntegrationTestFiles")->Value, "(^|/)flows/");
  ASSERT_TRUE(Covered.find("itdd.EntryPoints")->Value);
  EXPECT_EQ(*Covered.find("itdd.EntryPoints")->Value,
            "^(pos::Register|pos::ring|pos::sell|pos::sellRemotely)$");
  std::string All = evidenceOf(*K);
  EXPECT_NE(All.find("pos::sell (a function): the integration tests call it "
                     "(src/register_flow_test.cc); it builds or drives "
                     "pos::Register"),
            std::string::npos)
      << All;
}

/// A drawing library: users open a document and hand it to a renderer,
/// which takes it; a document builds and keeps its pages. The journeys:
/// Rendered tests that render a document, Edited tests that only edit one
/// and Paged tests that build a page by hand.
struct Ink {
  DependencyMap Map;
  ProjectEvidence Evidence;

  Ink(unsigned Rendered, unsigned Edited, unsigned Paged) {
    Map.Components = {
        component("ink::Document", Role::Internal),
        component("ink::Page", Role::Internal),
        component("ink::Renderer", Role::Internal, {"ink::Document"}),
    };
    Map.normalize();
    Evidence.Owns = {{"ink::Document", "ink::Page"}};
    TestFileEvidence Flows;
    Flows.File = "journeys/drawing_test.cc";
    auto Add = [&](unsigned Count, const char *Name,
                   std::vector<std::string> Used) {
      for (unsigned I = 0; I < Count; ++I)
        Flows.Tests.push_back(test(Name, {"ink::Document", "ink::Page"}, Used));
    };
    Add(Rendered, "Drawing.Renders", {"ink::Document", "ink::Renderer"});
    Add(Edited, "Drawing.Edits", {"ink::Document"});
    Add(Paged, "Drawing.Pages", {"ink::Page"});
    Evidence.TestFiles = {Flows};
  }

  const ProposedKey &entryPoints() {
    Proposal = proposeConfig(Map, Evidence, *Config::defaults());
    return *Proposal.find("itdd.EntryPoints");
  }
  ConfigProposal Proposal;
};

TEST(ConfigProposalTest, WhatMostJourneysThatMissEveryEntryPointUseIsOne) {
  // The renderer takes the document, so the structure alone proposes only
  // the renderer; six of ten tests then reach no entry point, and all six
  // edit a document.
  Ink Drawing(3, 6, 1);
  const ProposedKey &K = Drawing.entryPoints();
  ASSERT_TRUE(K.Value);
  EXPECT_EQ(*K.Value, "^(ink::Document|ink::Renderer)$");
  std::string All = evidenceOf(K);
  EXPECT_NE(All.find("9 of the 10 tests of the integration test files reach "
                     "one of these entry points\nink::Document: 7 of the 10 "
                     "tests of the integration test files reach none of the "
                     "other entry points, and 6 of those use it"),
            std::string::npos)
      << All;
}

TEST(ConfigProposalTest, AFewTestsThatGoAroundTheEntryPointsStayFindings) {
  // Four tests that edit a document alone are no pattern.
  Ink Drawing(5, 4, 0);
  const ProposedKey &K = Drawing.entryPoints();
  ASSERT_TRUE(K.Value);
  EXPECT_EQ(*K.Value, "^ink::Renderer$");
  EXPECT_NE(evidenceOf(K).find("5 of the 9 tests of the integration test "
                               "files reach one of these entry points"),
            std::string::npos);
}

TEST(ConfigProposalTest, APartAClassBuildsAndKeepsIsNeverAddedForTheJourneys) {
  // The document builds its pages: tests that build a page by hand go
  // around it, however many they are.
  Ink Drawing(3, 0, 8);
  const ProposedKey &K = Drawing.entryPoints();
  ASSERT_TRUE(K.Value);
  EXPECT_EQ(*K.Value, "^ink::Renderer$");
}

TEST(ConfigProposalTest,
     AnInterfaceTheTestsOpenThroughItsFactoryIsAnEntryPointNotInfrastructure) {
  // pos::Shop is opened with Shop::Open; its implementation includes a
  // system header and the tests build it, yet nothing of the project takes
  // it: the tests come in there.
  Till T;
  Component Shop = interface("pos::Shop", true);
  Shop.Factory = FactoryFunction{};
  Shop.Factory->Name = "Open";
  T.Map.Components.push_back(Shop);
  T.Map.Components.push_back(
      component("pos::ShopImpl", Role::Internal, {}, {"pos::Shop"}));
  T.Map.normalize();
  T.Evidence.TestFiles[0].Tests[0].Components.push_back("pos::ShopImpl");
  T.Evidence.TestFiles[0].Tests[0].Used.push_back("pos::Shop");
  T.Evidence.Files.push_back(
      {"src/shop.cc", {"pos::ShopImpl"}, {{"<fcntl.h>", true}}});
  ConfigProposal P = T.propose();
  EXPECT_EQ(*P.find("itdd.EntryPoints")->Value, "^(pos::Register|pos::Shop)$");
  EXPECT_FALSE(P.find("itdd.Infrastructure")->Value);
}

TEST(ConfigProposalTest, AClassFoundAsAnEntryPointKeepsNoDefaultRole) {
  // The default infrastructure pattern names the sales database; the
  // tests open it and nothing takes it.
  Till T;
  T.Map.Components.push_back(
      component("pos::SalesDatabase", Role::Infrastructure, {"pos::Prices"}));
  T.Map.normalize();
  T.Evidence.TestFiles[0].Tests[1].Used.push_back("pos::SalesDatabase");
  // An interface wired with an outside header sets the key.
  T.Evidence.Files.push_back(
      {"src/paper_ledger.cc", {"pos::PaperLedger"}, {{"<sqlite3.h>", true}}});
  ConfigProposal P = T.propose();
  EXPECT_EQ(*P.find("itdd.EntryPoints")->Value,
            "^(pos::Register|pos::SalesDatabase)$");
  EXPECT_EQ(*P.find("itdd.Infrastructure")->Value, "^pos::Ledger$");
}

TEST(ConfigProposalTest,
     BoundariesFromMocksOutsideImplementationsAndCallbacks) {
  ConfigProposal P = Till().propose();
  const ProposedKey *K = P.find("itdd.ExternalBoundaries");
  ASSERT_TRUE(K->Value);
  // The ledger is mocked, but the integration tests build its
  // implementation for real: the application's own.
  EXPECT_EQ(*K->Value, "^(pos::Listener|pos::Printer)$");
  std::string All = evidenceOf(*K);
  EXPECT_NE(All.find("<libusb.h> (system, in third_party/usb_printer.h)"),
            std::string::npos);
  EXPECT_NE(All.find("pos::Ledger: not a boundary"), std::string::npos);
  EXPECT_NE(All.find("pos::Listener: no class of the project implements it"),
            std::string::npos);
}

TEST(ConfigProposalTest,
     AnInterfaceWiredForRealWithOutsideHeadersIsInfrastructure) {
  Till T;
  T.Evidence.Files.push_back(
      {"src/paper_ledger.cc", {"pos::PaperLedger"}, {{"<sqlite3.h>", true}}});
  ConfigProposal P = T.propose();
  EXPECT_EQ(*P.find("itdd.Infrastructure")->Value, "^pos::Ledger$");
}

TEST(ConfigProposalTest, ASetKeyKeepsWhatTheDefaultPatternGave) {
  Till T;
  T.Map.Components.push_back(
      component("pos::MailSender", Role::ExternalBoundary));
  T.Map.normalize();
  ConfigProposal P = T.propose();
  EXPECT_EQ(*P.find("itdd.ExternalBoundaries")->Value,
            "^(pos::Listener|pos::MailSender|pos::Printer)$");
}

TEST(ConfigProposalTest, RenderedBlockCarriesTheEvidenceAsComments) {
  std::string Text = renderProposal(Till().propose());
  EXPECT_NE(Text.find("Checks: '-*,itdd-*'\nCheckOptions:\n"),
            std::string::npos);
  EXPECT_NE(Text.find("  # src/register_flow_test.cc: 2 of 2 tests build two "
                      "or more of the project's components"),
            std::string::npos);
  EXPECT_NE(Text.find("  itdd.EntryPoints: '^pos::Register$'\n"),
            std::string::npos);
  EXPECT_NE(Text.find("  # itdd.UiTypes: not set\n"), std::string::npos);
}

TEST(TidyFileMergeTest, KeepsTheUsersLinesAddsWhatIsMissingReportsTheRest) {
  ConfigProposal P;
  P.Keys = {{"itdd.EntryPoints", std::string("^pos::Register$"), {"why"}},
            {"itdd.Infrastructure", std::string("^pos::Db$"), {}},
            {"itdd.UiTypes", std::nullopt, {}}};
  std::string Existing = "Checks: '-*,itdd-*'\n"
                         "CheckOptions:\n"
                         "    itdd.Infrastructure: '^pos::Store$'\n"
                         "FormatStyle: file\n";
  TidyFileMerge M =
      mergeIntoTidyFile(Existing, {{"itdd.Infrastructure", "^pos::Store$"}}, P);
  EXPECT_EQ(M.Text, "Checks: '-*,itdd-*'\n"
                    "CheckOptions:\n"
                    "    itdd.Infrastructure: '^pos::Store$'\n"
                    "    # why\n"
                    "    itdd.EntryPoints: '^pos::Register$'\n"
                    "FormatStyle: file\n");
  ASSERT_EQ(M.Kept.size(), 1u);
  EXPECT_EQ(M.Kept[0].Yours, "^pos::Store$");
  EXPECT_EQ(M.Added, std::vector<std::string>{"itdd.EntryPoints"});
}

TEST(TidyFileMergeTest, AFileWithoutCheckOptionsGetsThem) {
  ConfigProposal P;
  P.Keys = {{"itdd.EntryPoints", std::string("^a'b$"), {}}};
  TidyFileMerge M = mergeIntoTidyFile("Checks: '*'\n", {}, P);
  EXPECT_EQ(M.Text,
            "Checks: '*'\nCheckOptions:\n  itdd.EntryPoints: '^a''b$'\n");
}

TEST(TidyFileMergeTest, OneLineCheckOptionsAreRefused) {
  ConfigProposal P;
  P.Keys = {{"itdd.EntryPoints", std::string("^a$"), {}}};
  TidyFileMerge M =
      mergeIntoTidyFile("CheckOptions: {a: b}\n", {{"a", "b"}}, P);
  EXPECT_NE(M.Problem.find("one line"), std::string::npos);
}

TEST(TidyFileMergeTest, UnifiedDiffShowsTheAddedLinesWithContext) {
  EXPECT_EQ(unifiedDiff("a\nb\nc\nd\ne\nf\ng\nh\n",
                        "a\nb\nc\nd\nX\ne\nf\ng\nh\n", "old", "new"),
            "--- old\n+++ new\n@@ -2,6 +2,7 @@\n b\n c\n d\n+X\n e\n f\n g\n");
  EXPECT_EQ(unifiedDiff("same\n", "same\n", "old", "new"), "");
}

} // namespace
} // namespace itdd
