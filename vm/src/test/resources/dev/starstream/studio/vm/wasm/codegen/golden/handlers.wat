(module $handlers
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (param i32)))
  (type (;2;) (func (param i32) (result i32)))
  (type (;3;) (func (param i32) (param i32) (result i32)))
  (import "starstream:std/trap" "trap" (func $trap (;0;) (type 0)))
  (import "starstream:std/handlers" "install" (func $install (;1;) (type 1)))
  (import "starstream:std/handlers" "uninstall" (func $uninstall (;2;) (type 1)))
  (import "starstream:effects/ask" "get" (func $get (;3;) (type 2)))
  (memory (;0;) 1)
  (global $sp (;0;) (mut i32) (i32.const 16))
  (export "memory" (memory 0))
  (export "ask" (func $ask))
  (export "handler#0" (func $handler#0))
  (func $ask (;4;) (type 2) (param $n i32) (result i32)
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
    ;; handlers.star:6  let mut seen: u32 = 0;
    i32.const 0
    local.set $t0
    local.get $fp
    local.get $t0
    i32.store
    ;; handlers.star:7  try {
    i32.const 0
    local.get $fp
    call $install
    ;; handlers.star:8  seen = seen + raise Get(n);
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
    i32.const 0
    local.get $fp
    call $uninstall
    ;; handlers.star:13  seen
    local.get $fp
    i32.load
    local.get $fp
    global.set $sp
  )
  (func $handler#0 (;5;) (type 3) (param $frame i32) (param i32) (result i32)
    (local $x i32)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i64)
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
    ;; handlers.star:10  seen = seen + 1;
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
    ;; handlers.star:11  x * 2
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
  )
  ;; custom section "name", 116 bytes
)
