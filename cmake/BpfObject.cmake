# SPDX-License-Identifier: MIT
# bpf_object(NAME SRC [DEFINES ...] [INCLUDES ...])
#
# Compiles one BPF C source with clang for the BPF target, strips its DWARF
# (BTF stays), and generates a libbpf skeleton header with
# `bpftool gen skeleton`, so the object is embedded in the binary that
# includes "<NAME>.skel.h" and nothing has to be found at run time.
# Gives an INTERFACE target NAME_skel that carries the include directory and
# the build-order dependency.
include_guard(GLOBAL)

find_program(BPF_CLANG NAMES clang clang-16 clang-15 clang-14 REQUIRED)
find_program(BPF_STRIP NAMES llvm-strip llvm-strip-16 llvm-strip-15 llvm-strip-14 REQUIRED)
find_program(BPFTOOL NAMES bpftool PATHS /usr/sbin /sbin REQUIRED)

set(PROCLENS_BPF_ARCH_DEFINE -D__TARGET_ARCH_x86)

function(bpf_object NAME SRC)
  cmake_parse_arguments(ARG "" "" "DEFINES;INCLUDES" ${ARGN})
  get_filename_component(src_abs "${SRC}" ABSOLUTE)
  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/bpf-${NAME}")
  set(obj "${out_dir}/${NAME}.bpf.o")
  set(skel "${out_dir}/${NAME}.skel.h")
  set(include_flags)
  foreach(dir IN LISTS ARG_INCLUDES)
    list(APPEND include_flags "-I${dir}")
  endforeach()

  add_custom_command(
    OUTPUT "${obj}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${out_dir}"
    COMMAND ${BPF_CLANG} -target bpf -g -O2 ${PROCLENS_BPF_ARCH_DEFINE}
            ${ARG_DEFINES} ${include_flags}
            -Wall -Wno-unused-function -Wno-compare-distinct-pointer-types
            -MD -MF "${obj}.d"
            -c "${src_abs}" -o "${obj}.unstripped"
    COMMAND ${BPF_STRIP} -g "${obj}.unstripped" -o "${obj}"
    DEPENDS "${src_abs}"
    DEPFILE "${obj}.d"
    COMMENT "BPF ${NAME}: clang -target bpf"
    VERBATIM)

  add_custom_command(
    OUTPUT "${skel}"
    COMMAND ${BPFTOOL} gen skeleton "${obj}" name "${NAME}" > "${skel}"
    DEPENDS "${obj}"
    COMMENT "BPF ${NAME}: bpftool gen skeleton"
    VERBATIM)

  add_custom_target(${NAME}_skel_gen DEPENDS "${skel}")
  add_library(${NAME}_skel INTERFACE)
  target_include_directories(${NAME}_skel INTERFACE "${out_dir}")
  add_dependencies(${NAME}_skel ${NAME}_skel_gen)
  set_property(TARGET ${NAME}_skel PROPERTY PROCLENS_BPF_OBJECT "${obj}")
endfunction()
