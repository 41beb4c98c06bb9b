# Appended to the CMakeLists.txt of a scratch copy of the shop by
# scripts/demo-missing-api: the journeys of demo/features/reorder.feature.
add_executable(shop_reorder_tests test/integration/red/reorder_test.cpp)
target_link_libraries(shop_reorder_tests PRIVATE shop GTest::gmock
  GTest::gtest_main)
