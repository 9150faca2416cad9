(module $handlers
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (param i32)))
  (type (;2;) (func (param i32) (param i64)))
  (type (;3;) (func (param i32) (result i32)))
  (type (;4;) (func (param i32) (param i32) (result i32)))
  (import "starstream:std/trap" "trap" (func $trap (;0;) (type 0)))
  (import "starstream:debug" "stmt" (func $stmt (;1;) (type 0)))
  (import "starstream:debug" "enter" (func $enter (;2;) (type 0)))
  (import "starstream:debug" "exit" (func $exit (;3;) (type 0)))
  (import "starstream:debug" "write.i32" (func $write.i32 (;4;) (type 1)))
  (import "starstream:debug" "write.i64" (func $write.i64 (;5;) (type 2)))
  (import "starstream:debug" "yield" (func $yield (;6;) (type 0)))
  (import "starstream:debug" "resumed" (func $resumed (;7;) (type 0)))
  (import "starstream:std/handlers" "install" (func $install (;8;) (type 1)))
  (import "starstream:std/handlers" "uninstall" (func $uninstall (;9;) (type 1)))
  (import "starstream:effects/ask" "get" (func $get (;10;) (type 3)))
  (memory (;0;) 1)
  (global $sp (;0;) (mut i32) (i32.const 16))
  (export "memory" (memory 0))
  (export "ask" (func $ask))
  (export "handler#0" (func $handler#0))
  (func $ask (;11;) (type 3) (param $n i32) (result i32)
    (local $fp i32)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i64)
    global.get $sp
    local.tee $fp
    i32.const 8
    i32.add
    global.set $sp
    global.get $sp
    memory.size
    i32.const 16
    i32.shl
    i32.gt_u
    if
      global.get $sp
      memory.size
      i32.const 16
      i32.shl
      i32.sub
      i32.const 65535
      i32.add
      i32.const 16
      i32.shr_u
      memory.grow
      i32.const -1
      i32.eq
      if
        i32.const 5
        call $trap
        unreachable
      end
    end
    i32.const 0
    call $enter
    i32.const 0
    local.get $n
    call $write.i32
    ;; handlers.star:6  let mut seen: u32 = 0;
    i32.const 0
    call $stmt
    i32.const 0
    local.set $t0
    local.get $fp
    local.get $t0
    i32.store
    i32.const 1
    local.get $fp
    i32.load
    call $write.i32
    ;; handlers.star:7  try {
    i32.const 1
    call $stmt
    i32.const 0
    local.get $fp
    call $install
    ;; handlers.star:8  seen = seen + raise Get(n);
    i32.const 2
    call $stmt
    local.get $fp
    i32.load
    local.get $fp
    local.get $n
    call $handler#0
    local.set $t1
    local.set $t0
    local.get $t0
    i64.extend_i32_u
    local.get $t1
    i64.extend_i32_u
    i64.add
    local.set $t2
    local.get $t2
    i64.const 32
    i64.shr_u
    i64.eqz
    i32.eqz
    if
      i32.const 1
      call $trap
      unreachable
    end
    local.get $t2
    i32.wrap_i64
    local.set $t0
    local.get $fp
    local.get $t0
    i32.store
    i32.const 1
    local.get $fp
    i32.load
    call $write.i32
    i32.const 0
    local.get $fp
    call $uninstall
    ;; handlers.star:13  seen
    i32.const 5
    call $stmt
    local.get $fp
    i32.load
    local.get $fp
    global.set $sp
    i32.const 0
    call $exit
  )
  (func $handler#0 (;12;) (type 4) (param $frame i32) (param i32) (result i32)
    (local $x i32)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i64)
    i32.const 1
    call $enter
    local.get $frame
    i32.load offset=4
    if
      i32.const 6
      call $trap
      unreachable
    end
    local.get $frame
    i32.const 1
    i32.store offset=4
    local.get 1
    local.set $x
    i32.const 2
    local.get $x
    call $write.i32
    ;; handlers.star:10  seen = seen + 1;
    i32.const 3
    call $stmt
    local.get $frame
    i32.load
    i32.const 1
    local.set $t1
    local.set $t0
    local.get $t0
    i64.extend_i32_u
    local.get $t1
    i64.extend_i32_u
    i64.add
    local.set $t2
    local.get $t2
    i64.const 32
    i64.shr_u
    i64.eqz
    i32.eqz
    if
      i32.const 1
      call $trap
      unreachable
    end
    local.get $t2
    i32.wrap_i64
    local.set $t0
    local.get $frame
    local.get $t0
    i32.store
    i32.const 1
    local.get $frame
    i32.load
    call $write.i32
    ;; handlers.star:11  x * 2
    i32.const 4
    call $stmt
    local.get $x
    i32.const 2
    local.set $t1
    local.set $t0
    local.get $t0
    i64.extend_i32_u
    local.get $t1
    i64.extend_i32_u
    i64.mul
    local.set $t2
    local.get $t2
    i64.const 32
    i64.shr_u
    i64.eqz
    i32.eqz
    if
      i32.const 1
      call $trap
      unreachable
    end
    local.get $t2
    i32.wrap_i64
    local.get $frame
    i32.const 0
    i32.store offset=4
    i32.const 1
    call $exit
  )
  ;; custom section "name", 173 bytes
)
