(module $arithmetic
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (param i32) (result i32)))
  (type (;2;) (func (param i64) (param i64) (result i64)))
  (import "starstream:std/trap" "trap" (func $trap (;0;) (type 0)))
  (memory (;0;) 1)
  (global $sp (;0;) (mut i32) (i32.const 16))
  (export "memory" (memory 0))
  (export "mean" (func $mean))
  (export "wrap" (func $wrap))
  (func $mean (;1;) (type 1) (param $a i32) (param $b i32) (result i32)
    (local $sum i32)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i32)
    (local $t3 i32)
    ;; arithmetic.star:5  let sum: i16 = 0;
    i32.const 0
    local.set $sum
    ;; arithmetic.star:6  (a + b) / 2
    local.get $a
    local.get $b
    local.set $t1
    local.set $t0
    local.get $t0
    local.get $t1
    i32.add
    local.set $t2
    local.get $t2
    local.get $t2
    i32.extend8_s
    i32.ne
    if
      i32.const 1
      call $trap
      unreachable
    end
    local.get $t2
    i32.const 2
    local.set $t1
    local.set $t0
    local.get $t1
    i32.eqz
    if
      i32.const 2
      call $trap
      unreachable
    end
    local.get $t0
    local.get $t1
    i32.rem_s
    local.set $t2
    local.get $t0
    local.get $t1
    i32.div_s
    local.set $t3
    local.get $t2
    i32.const 0
    i32.ne
    local.get $t2
    local.get $t1
    i32.xor
    i32.const 0
    i32.lt_s
    i32.and
    if
      local.get $t3
      i32.const 1
      i32.sub
      local.set $t3
    end
    local.get $t3
    local.get $t3
    i32.extend8_s
    i32.ne
    if
      i32.const 1
      call $trap
      unreachable
    end
    local.get $t3
  )
  (func $wrap (;2;) (type 2) (param $x i64) (param $m i64) (result i64)
    (local $t0 i64)
    (local $t1 i64)
    ;; arithmetic.star:10  if (m == 0) { 0 } else { x % m }
    local.get $m
    i64.const 0
    i64.eq
    if (result i64)
      i64.const 0
    else
      local.get $x
      local.get $m
      local.set $t1
      local.set $t0
      local.get $t1
      i64.eqz
      if
        i32.const 2
        call $trap
        unreachable
      end
      local.get $t0
      local.get $t1
      i64.rem_u
    end
  )
  ;; custom section "name", 89 bytes
)
